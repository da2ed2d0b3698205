package org.cxadvisor.i18n;

import java.text.DecimalFormat;
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

    private static final ThreadLocal<Map<Locale, Map<Numbers, Writer>>> WRITERS = ThreadLocal.withInitial(HashMap::new);

    private final int maximumFractionDigits;
    private final boolean grouping;

    Numbers(int maximumFractionDigits, boolean grouping) {
        this.maximumFractionDigits = maximumFractionDigits;
        this.grouping = grouping;
    }

    public String write(Number n, Locale locale) {
        return WRITERS.get().computeIfAbsent(locale, l -> new EnumMap<>(Numbers.class))
                .computeIfAbsent(this, style -> style.writer(locale)).write(n);
    }

    private Writer writer(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(maximumFractionDigits);
        format.setGroupingUsed(grouping);
        boolean asciiDigits = format instanceof DecimalFormat decimal
                && decimal.getDecimalFormatSymbols().getZeroDigit() == '0';
        return new Writer(format, asciiDigits ? (grouping ? 999 : 999_999_999_999_999L) : -1);
    }

    /**
     * A format and the largest whole number it writes as plain digits. Most numbers in a report are small whole ones
     * (scores, counts, weeks): those are written without DecimalFormat, which takes a microsecond for each.
     */
    private record Writer(NumberFormat format, long plainUpTo) {

        String write(Number n) {
            long whole = n.longValue();
            boolean isWhole = n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                    || (n instanceof Double || n instanceof Float) && n.doubleValue() == whole
                            && Math.copySign(1.0, n.doubleValue()) > 0; // DecimalFormat writes -0.0 as "-0"
            return isWhole && whole >= 0 && whole <= plainUpTo ? Long.toString(whole) : format.format(n);
        }
    }
}
