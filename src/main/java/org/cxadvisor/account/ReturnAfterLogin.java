package org.cxadvisor.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Where a browser goes after the login form: the protected page that sent it there (Spring's saved request), else
 * the page whose "Sign in" link it followed (the form's {@code next} field, e.g. a scenario set's address), else
 * the intake form. A wrong password keeps {@code next} for the next try. Only a path on this site is followed:
 * another host ({@code https://…}, {@code //…}) goes to the intake form, so the login page sends nobody elsewhere.
 */
final class ReturnAfterLogin {

    static final String PARAMETER = "next";

    private ReturnAfterLogin() {
    }

    /** savedRequests: the filter chain's own request cache, where a protected page left the request it refused. */
    static SavedRequestAwareAuthenticationSuccessHandler onSuccess(RequestCache savedRequests) {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
                String wanted = request.getParameter(PARAMETER);
                return isLocalPath(wanted) ? wanted : super.determineTargetUrl(request, response);
            }
        };
        handler.setRequestCache(savedRequests);
        return handler;
    }

    static SimpleUrlAuthenticationFailureHandler onFailure(String failureUrl) {
        return new SimpleUrlAuthenticationFailureHandler(failureUrl) {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                                AuthenticationException exception) throws IOException {
                String wanted = request.getParameter(PARAMETER);
                String url = failureUrl + (isLocalPath(wanted)
                        ? "&" + PARAMETER + "=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8) : "");
                getRedirectStrategy().sendRedirect(request, response, url);
            }
        };
    }

    /** A path on this site: one slash, then no second one, no backslash (browsers read it as a slash), no controls. */
    static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.chars().noneMatch(c -> c < 0x21 || c == 0x7f);
    }
}
