package org.cxadvisor.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Where the filter chain's refusals go. A browser navigating to a protected page gets the login page (which says
 * why); everyone else gets a problem from {@link AccessProblems}, through Spring MVC's exception resolvers, so that a
 * 401 or 403 is written like every other problem. Scripts get the Basic challenge that RFC 9110 asks of a 401; a
 * page's own script does not, or the browser would pop up its password dialog.
 */
@Component
class AccessFailures implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "CX Advisor";

    private final HandlerExceptionResolver resolver;
    private final AuthenticationEntryPoint loginPage =
            new LoginUrlAuthenticationEntryPoint(SecurityConfiguration.LOGIN_PAGE);

    AccessFailures(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (BrowserRequests.isNavigation(request)) {
            loginPage.commence(request, response, e);
            return;
        }
        if (!BrowserRequests.isBrowserScript(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        resolver.resolveException(request, response, null, e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (BrowserRequests.isNavigation(request)) {
            String why = e instanceof CsrfException ? "?expired" : "?denied";
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE + why);
            return;
        }
        resolver.resolveException(request, response, null, e);
    }
}
