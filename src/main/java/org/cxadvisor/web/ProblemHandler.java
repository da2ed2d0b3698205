package org.cxadvisor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.knowledge.RunawayRulesException;
import org.cxadvisor.profile.InvalidProfileException;
import org.cxadvisor.profile.MalformedJsonException;
import org.cxadvisor.profile.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API as RFC 9457 problem details ({@code application/problem+json}) with an
 * {@code errors} array of {@code {field, message}} in the request's language. Never a stack trace.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidProfileException.class)
    ProblemDetail invalidProfile(InvalidProfileException e, HttpServletRequest request) {
        Locale locale = safeLocale(request);
        return problem(HttpStatus.BAD_REQUEST, Messages.get(locale, "problem.invalidProfile.title"),
                Messages.get(locale, "problem.invalidProfile.detail", e.violations().size()), e.violations(), locale);
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e, HttpServletRequest request) {
        Locale locale = safeLocale(request);
        return problem(HttpStatus.BAD_REQUEST, Messages.get(locale, e.titleKey()),
                e.violations().get(0).message(locale), e.violations(), locale);
    }

    @ExceptionHandler(MalformedJsonException.class)
    ProblemDetail malformed(MalformedJsonException e, HttpServletRequest request) {
        Locale locale = safeLocale(request);
        return problem(HttpStatus.BAD_REQUEST, Messages.get(locale, "problem.malformed.title"),
                e.violation().message(locale), List.of(e.violation()), locale);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ProblemDetail tooLarge(HttpServletRequest request) {
        Locale locale = safeLocale(request);
        List<Violation> errors = List.of(new Violation("", "error.body.tooLarge", JsonBody.MAX_BYTES / 1024));
        return problem(HttpStatus.CONTENT_TOO_LARGE, Messages.get(locale, "problem.tooLarge.title"),
                errors.get(0).message(locale), errors, locale);
    }

    @ExceptionHandler(RunawayRulesException.class)
    ProblemDetail runaway(RunawayRulesException e, HttpServletRequest request) {
        Locale locale = safeLocale(request);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, Messages.get(locale, "problem.rules.title"),
                e.getMessage(), List.of(), locale);
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = safeLocale(((org.springframework.web.context.request.ServletWebRequest) request).getRequest());
        String sent = e.getContentType() == null ? "none" : e.getContentType().toString();
        List<Violation> errors = List.of(new Violation("Content-Type", "error.body.mediaType", sent));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers)
                .body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Messages.get(locale, "problem.mediaType.title"),
                        errors.get(0).message(locale), errors, locale));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, List<Violation> violations,
                                         Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message(locale))).toList());
        return problem;
    }

    private static Locale safeLocale(HttpServletRequest request) {
        return LanguageResolver.forProblem(request);
    }
}
