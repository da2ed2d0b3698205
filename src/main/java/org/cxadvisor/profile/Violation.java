package org.cxadvisor.profile;

import java.util.List;
import java.util.Locale;
import org.cxadvisor.i18n.Messages;

/** One thing wrong with one field of a submitted profile; its message key lives in messages*.properties. */
public record Violation(String field, String messageKey, List<Object> args) {

    public Violation(String field, String messageKey, Object... args) {
        this(field, messageKey, List.of(args));
    }

    public String message(Locale locale) {
        return Messages.get(locale, messageKey, args.toArray());
    }
}
