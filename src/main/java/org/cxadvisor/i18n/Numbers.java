package org.cxadvisor.i18n;

import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ways the product writes a number, as the language does (1.5 in English, 1,5 in Dutch). Making a
 * {@link NumberFormat} costs more than the sentence it goes into, and a format is not thread-safe: each thread keeps
 * one per style and language.
 */
public enum Numbers {

    /** As {@link java.text.MessageFormat} writes a number in a plain {@code {0}}: grouping, at most three decimals. */
    IN_MESSAGES(3, true),
    /** A profile's value: at most two decimals, no grouping. */
    VALUES(2, false),
    /** The percentages and points of an experiment plan: at most one decimal. */
    ONE_DECIMAL(1, true);

    private static final ThreadLocal<Map<Locale, Map<Numbers, NumberFormat>>> FORMATS =
            ThreadLocal.withInitial(HashMap::new);

    private final int maximumFractionDigits;
    private final boolean grouping;

    Numbers(int maximumFractionDigits, boolean grouping) {
        this.maximumFractionDigits = maximumFractionDigits;
        this.grouping = grouping;
    }

    public String write(Number n, Locale locale) {
        return FORMATS.get().computeIfAbsent(locale, l -> new EnumMap<>(Numbers.class))
                .computeIfAbsent(this, style -> style.format(locale)).format(n);
    }

    private NumberFormat format(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(maximumFractionDigits);
        format.setGroupingUsed(grouping);
        return format;
    }
}
