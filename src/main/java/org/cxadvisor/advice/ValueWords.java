package org.cxadvisor.advice;

import java.math.BigDecimal;
import java.util.Locale;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.ProfileField;

/** A profile value as words in a report: choices by their label, yes/no, numbers without needless decimals. */
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
        if (value instanceof Double d) {
            return new BigDecimal(d.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
