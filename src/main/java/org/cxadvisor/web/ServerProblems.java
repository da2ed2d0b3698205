package org.cxadvisor.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxadvisor.i18n.Messages;

/**
 * The words for errors that the server produces around the API (no such address, wrong method, Tomcat refusing a
 * request it cannot parse, an internal error): a title and a detail per status, in the request's language, never a
 * library's message. Used by {@link ProblemHandler}, {@link ProblemErrorController} and {@link ProblemReportValve}.
 */
final class ServerProblems {

    private static final List<Integer> KNOWN = List.of(400, 401, 403, 404, 405, 406, 408, 411, 413, 414, 415, 429, 431,
            500, 503);

    private ServerProblems() {
    }

    static String title(int status, Locale locale) {
        return Messages.get(locale, "problem.status." + key(status) + ".title", status);
    }

    static String detail(int status, Locale locale, Object... args) {
        return Messages.get(locale, "problem.status." + key(status) + ".detail", args);
    }

    /** The body for a status, with one error naming the part of the request at fault (none for 5xx). */
    static byte[] body(int status, Locale locale, String path, String field, String message) {
        String detail = message != null ? message : detail(status, locale, path);
        List<Map.Entry<String, String>> errors = status >= 500 || field == null ? List.of() : List.of(Map.entry(field, detail));
        return ProblemJson.of(status, title(status, locale), detail, path, errors);
    }

    private static String key(int status) {
        return KNOWN.contains(status) ? String.valueOf(status) : status >= 500 ? "500" : "400";
    }

    /** The language for an error page: Accept-Language when it asks for Dutch first, English otherwise. */
    static Locale locale(String acceptLanguage) {
        if (acceptLanguage != null) {
            String first = acceptLanguage.split(",", 2)[0].trim();
            if (first.regionMatches(true, 0, "nl", 0, 2)) {
                return Messages.DUTCH;
            }
        }
        return Messages.ENGLISH;
    }
}
