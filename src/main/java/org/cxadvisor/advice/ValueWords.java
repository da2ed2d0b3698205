package org.cxadvisor.advice;

import java.text.NumberFormat;
import java.util.Locale;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.ProfileField;

/**
 * A profile value or a conclusion as words in a report: choices by their label, yes/no, numbers as the language
 * writes them (1.2 in English, 1,2 in Dutch) without needless decimals.
 */
public final class ValueWords {

    private ValueWords() {
    }

    public static String of(ProfileField field, Object value, Locale locale) {
        if (value == null) {
            return Messages.get(locale, "value.unknown");
        }
        if (value instanceof Enum<?> choice) {
            return Messages.get(locale, "choice." + field.path() + "." + choice.name());
        }
        if (value instanceof Boolean b) {
            return Messages.get(locale, b ? "value.yes" : "value.no");
        }
        if (value instanceof Number n) {
            return number(n, locale);
        }
        return String.valueOf(value);
    }

    /** A conclusion's value in words: its label for a named value, the number for the relationship gap. */
    public static String conclusion(String type, Object value, Locale locale) {
        return value instanceof String name ? Messages.get(locale, "conclusion." + type + "." + name)
                : value instanceof Number n ? number(n, locale) : String.valueOf(value);
    }

    public static String number(Number n, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(n);
    }
}
