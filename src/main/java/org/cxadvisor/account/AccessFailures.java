package org.cxadvisor.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Where the filter chain's refusals go: to {@link AccessProblems} through Spring MVC's exception resolvers, so that a
 * 401 or 403 is written like every other problem. Scripts get the Basic challenge that RFC 9110 asks of a 401; a
 * page's own script does not, or the browser would pop up its password dialog.
 */
@Component
class AccessFailures implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "CX Advisor";

    private final HandlerExceptionResolver resolver;

    AccessFailures(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        if (!BrowserRequests.isBrowserScript(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        resolver.resolveException(request, response, null, e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) {
        resolver.resolveException(request, response, null, e);
    }
}
