package org.cxadvisor.storage;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.web.BadRequestException;
import org.cxadvisor.web.LanguageResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 404 problem for a saved thing that is not there (never made, or deleted), naming the id field, in the request's
 * language. Spring's problem handling renders it as {@code application/problem+json}.
 */
public final class NotFound {

    private NotFound() {
    }

    /** {@code what} is a message key prefix: {@code assessments}, {@code scenarioSets}. */
    public static ErrorResponseException of(String what, String id, HttpServletRequest request) {
        Locale locale = locale(request);
        String message = Messages.get(locale, what + ".error.notFound", id);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message);
        problem.setTitle(Messages.get(locale, what + ".problem.notFound"));
        problem.setProperty("errors", List.of(Map.of("field", "id", "message", message)));
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private static Locale locale(HttpServletRequest request) {
        return LanguageResolver.forProblem(request);
    }
}
