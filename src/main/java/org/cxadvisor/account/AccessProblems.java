package org.cxadvisor.account;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.web.LanguageResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 401 and 403 as problem details in the contract's shape, in the request's language, naming the role the request
 * needed. The filter chain hands its refusals here ({@link AccessFailures}), so that Spring MVC writes them with the
 * same converters as every other problem. First in order, so that no catch-all handler takes them.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblems {

    static final String CSRF_HEADER = "X-XSRF-TOKEN";

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthorized(AuthenticationException e, HttpServletRequest request) {
        Locale locale = locale(request);
        String detail = e instanceof BadCredentialsException
                ? Messages.get(locale, "problem.unauthorized.badCredentials")
                : Messages.get(locale, "problem.unauthorized.detail", neededRole(request));
        return problem(HttpStatus.UNAUTHORIZED, Messages.get(locale, "problem.unauthorized.title"), detail,
                "Authorization");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request) {
        Locale locale = locale(request);
        if (e instanceof CsrfException) {
            return problem(HttpStatus.FORBIDDEN, Messages.get(locale, "problem.csrf.title"),
                    Messages.get(locale, "problem.csrf.detail", CSRF_HEADER), CSRF_HEADER);
        }
        Principal user = request.getUserPrincipal();
        String name = user == null ? "" : user.getName();
        return problem(HttpStatus.FORBIDDEN, Messages.get(locale, "problem.forbidden.title"),
                Messages.get(locale, "problem.forbidden.detail", name, neededRole(request)), "Authorization");
    }

    @ExceptionHandler(UnknownUserException.class)
    ProblemDetail unknownUser(UnknownUserException e, HttpServletRequest request) {
        Locale locale = locale(request);
        return problem(HttpStatus.NOT_FOUND, Messages.get(locale, "problem.users.notFound.title"),
                Messages.get(locale, "users.error.unknown", e.getMessage()), "username");
    }

    private static String neededRole(HttpServletRequest request) {
        return AccessRules.requiredRole(request).map(Role::name).orElse(Role.CONSULTANT.name());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        return problem;
    }

    private static Locale locale(HttpServletRequest request) {
        return LanguageResolver.forProblem(request);
    }
}
