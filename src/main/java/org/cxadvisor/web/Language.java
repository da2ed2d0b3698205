package org.cxadvisor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.Violation;

/** The language of a response: {@code ?lang=en|nl} wins, then Accept-Language, then English. */
public final class Language {

    private Language() {
    }

    public static Locale of(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            if (!lang.equals("en") && !lang.equals("nl")) {
                throw new BadRequestException("problem.malformed.title",
                        List.of(new Violation("lang", "error.field.notChoice", "en, nl")));
            }
            return Messages.supported(lang);
        }
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    if (range.getRange().startsWith("nl")) {
                        return Messages.DUTCH;
                    }
                    if (range.getRange().startsWith("en")) {
                        return Messages.ENGLISH;
                    }
                }
            } catch (IllegalArgumentException malformedHeader) {
                return Messages.ENGLISH;
            }
        }
        return Messages.ENGLISH;
    }
}
