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
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API as RFC 9457 problem details ({@code application/problem+json}) with an
 * {@code errors} array of {@code {field, message}} in the request's language. Never a stack trace, never a
 * library's own message: Spring's refusals (no such address, wrong method, unacceptable {@code Accept}) are
 * reworded too. The content type is set explicitly, so that a request's {@code Accept} cannot turn a problem
 * into an empty 406.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @ExceptionHandler(InvalidProfileException.class)
    ResponseEntity<Object> invalidProfile(InvalidProfileException e, HttpServletRequest request) {
        Locale locale = safeLocale(request);
        return respond(problem(HttpStatus.BAD_REQUEST, Messages.get(locale, "problem.invalidProfile.title"),
                Messages.get(locale, "problem.invalidProfile.detail", e.violations().size()), e.violations(), locale));
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Object> badRequest(BadRequestException e, HttpServletRequest request) {
        Locale locale = safeLocale(request);
        return respond(problem(HttpStatus.BAD_REQUEST, Messages.get(locale, e.titleKey()),
                e.violations().get(0).message(locale), e.violations(), locale));
    }

    @ExceptionHandler(MalformedJsonException.class)
    ResponseEntity<Object> malformed(MalformedJsonException e, HttpServletRequest request) {
        Locale locale = safeLocale(request);
        return respond(problem(HttpStatus.BAD_REQUEST, Messages.get(locale, "problem.malformed.title"),
                e.violation().message(locale), List.of(e.violation()), locale));
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> tooLarge(HttpServletRequest request) {
        Locale locale = safeLocale(request);
        List<Violation> errors = List.of(new Violation("", "error.body.tooLarge", JsonBody.MAX_BYTES / 1024));
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, Messages.get(locale, "problem.tooLarge.title"),
                errors.get(0).message(locale), errors, locale));
    }

    /** A rule that would not finish: the service's fault, not the request's; names the rule. */
    @ExceptionHandler(RunawayRulesException.class)
    ResponseEntity<Object> runaway(RunawayRulesException e, HttpServletRequest request) {
        Locale locale = safeLocale(request);
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, Messages.get(locale, "problem.rules.title"),
                e.getMessage(), List.of(), locale);
        problem.setProperty("rule", e.rule());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(PROBLEM)
                .header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    /** Every evaluation thread busy, or a what-if's budget spent: the service is loaded; try again shortly. */
    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<Object> busy(ServiceBusyException e, HttpServletRequest request) {
        Locale locale = safeLocale(request);
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, ServerProblems.title(503, locale),
                ServerProblems.detail(503, locale, 2), List.of(), locale);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(PROBLEM)
                .header(HttpHeaders.RETRY_AFTER, "2").body(problem);
    }

    /** Tomcat could not decode the address's parameters (a broken %-escape such as {@code ?lang=%zz}). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> badParameters(HttpServletRequest request) {
        Locale locale = safeLocale(request);
        List<Violation> errors = List.of(new Violation("query", "problem.request.parameters"));
        return respond(problem(HttpStatus.BAD_REQUEST, ServerProblems.title(400, locale), errors.get(0).message(locale),
                errors, locale));
    }

    /** Whatever no other handler took: logged with its stack trace, answered without it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        Locale locale = safeLocale(request);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, ServerProblems.title(500, locale),
                ServerProblems.detail(500, locale), List.of(), locale));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = safeLocale(((ServletWebRequest) request).getRequest());
        String sent = e.getContentType() == null ? "none" : e.getContentType().toString();
        List<Violation> errors = List.of(new Violation("Content-Type", "error.body.mediaType", sent));
        return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Messages.get(locale, "problem.mediaType.title"),
                errors.get(0).message(locale), errors, locale));
    }

    /** A problem a controller made itself (an unknown id, an unknown example): answered as it was made. */
    @Override
    protected ResponseEntity<Object> handleErrorResponseException(ErrorResponseException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (e.getClass() != ErrorResponseException.class) {
            return super.handleErrorResponseException(e, headers, status, request);
        }
        HttpHeaders withType = new HttpHeaders();
        withType.putAll(headers);
        withType.setContentType(PROBLEM);
        return new ResponseEntity<>(e.getBody(), withType, status);
    }

    /** Spring's other refusals (404, 405, 406, missing parameters ...) in the product's words. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest http = ((ServletWebRequest) request).getRequest();
        Locale locale = safeLocale(http);
        int code = status.value();
        String path = http.getRequestURI();
        Violation fault;
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            fault = new Violation("method", "problem.status.405.detail", path, m.getMethod(),
                    m.getSupportedHttpMethods() == null ? "" : String.join(", ",
                            m.getSupportedHttpMethods().stream().map(Object::toString).toList()));
        } else if (e instanceof HttpMediaTypeNotAcceptableException) {
            fault = new Violation("Accept", "problem.status.406.detail", String.valueOf(http.getHeader("Accept")));
        } else {
            fault = new Violation(code == 404 ? "path" : "request", "problem.status." + (code == 404 ? 404 : 400)
                    + ".detail", path);
        }
        ProblemDetail problem = problem(HttpStatus.valueOf(code), ServerProblems.title(code, locale),
                fault.message(locale), code >= 500 ? List.of() : List.of(fault), locale);
        problem.setInstance(java.net.URI.create(path.replaceAll("[^\\w/.~-]", "")));
        HttpHeaders withType = new HttpHeaders();
        withType.putAll(headers);
        withType.setContentType(PROBLEM);
        return new ResponseEntity<>(problem, withType, status);
    }

    static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM).body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, List<Violation> violations,
                                 Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message(locale))).toList());
        return problem;
    }

    static Locale safeLocale(HttpServletRequest request) {
        return LanguageResolver.forProblem(request);
    }
}
