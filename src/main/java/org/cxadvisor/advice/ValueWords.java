package org.cxadvisor.advice;

import java.util.Locale;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.ProfileValues;

/** A conclusion's value in words; profile values are put into words by {@link ProfileValues}. */
final class ValueWords {

    private ValueWords() {
    }

    /** Its label for a named value, the number (as the language writes it) for the relationship gap. */
    static String conclusion(String type, Object value, Locale locale) {
        return value instanceof String name ? Messages.get(locale, "conclusion." + type + "." + name)
                : value instanceof Number n ? ProfileValues.number(n, locale) : String.valueOf(value);
    }
}
