package org.cxadvisor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.Violation;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The language of a response: {@code ?lang=en|nl} wins, then Accept-Language, then English. Handlers take a
 * {@link Locale} argument, which Spring resolves here. An unsupported {@code lang} is the contract's 400 problem.
 */
public final class LanguageResolver implements LocaleResolver {

    static final String PARAMETER = "lang";

    private final AcceptHeaderLocaleResolver acceptHeader = new AcceptHeaderLocaleResolver();

    LanguageResolver() {
        acceptHeader.setSupportedLocales(Messages.SUPPORTED);
        acceptHeader.setDefaultLocale(Messages.ENGLISH);
    }

    /**
     * The language of an error response, which must not fail again: the request's language, English when its
     * {@code lang} is unsupported. For exception handlers, which get no resolved {@link Locale} argument.
     */
    public static Locale forProblem(HttpServletRequest request) {
        try {
            return RequestContextUtils.getLocaleResolver(request) instanceof LanguageResolver resolver
                    ? resolver.resolveLocale(request) : new LanguageResolver().resolveLocale(request);
        } catch (BadRequestException unsupportedLanguage) {
            return Messages.ENGLISH;
        }
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String lang = request.getParameter(PARAMETER);
        if (lang != null) {
            if (Messages.SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
                throw new BadRequestException("problem.malformed.title",
                        List.of(new Violation(PARAMETER, "error.field.notChoice", "en, nl")));
            }
            return Messages.supported(lang);
        }
        try {
            return Messages.supported(acceptHeader.resolveLocale(request).toLanguageTag());
        } catch (IllegalArgumentException malformedHeader) {
            return Messages.ENGLISH;
        }
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen per request with ?lang= or Accept-Language");
    }
}
