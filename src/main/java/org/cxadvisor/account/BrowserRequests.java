package org.cxadvisor.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Tells the three kinds of caller apart: a browser navigating to a page (gets the login page), a page's own script
 * (gets a problem, without a Basic challenge that would pop up the browser's password dialog), and a script such as
 * curl (gets a problem with the challenge).
 */
final class BrowserRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private static final RequestMatcher HTML = htmlMatcher();

    private BrowserRequests() {
    }

    /** A page load in a browser: it asks for HTML by name ({@code *}{@code /*} alone does not count). */
    static boolean isNavigation(HttpServletRequest request) {
        return "navigate".equals(request.getHeader("Sec-Fetch-Mode")) || HTML.matches(request);
    }

    /** A request from script in a browser page: {@code fetch} sends Sec-Fetch-Mode, our pages X-Requested-With. */
    static boolean isBrowserScript(HttpServletRequest request) {
        return request.getHeader("X-Requested-With") != null
                || (request.getHeader("Sec-Fetch-Mode") != null && !isNavigation(request));
    }

    /**
     * Whether a state-changing request needs a CSRF token. A browser adds credentials of its own accord in two
     * ways: the session cookie of a login, and Basic credentials it remembers (only a browser sends {@code Origin}
     * or {@code Sec-Fetch-Site}). Those requests need the token; so do login and logout themselves. A script's
     * request without a session (anonymous, or with its own Authorization header) carries nothing a forged
     * request could borrow, and keeps working without one.
     */
    static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(SecurityConfiguration.LOGIN_PAGE) || path.equals(SecurityConfiguration.LOGOUT)) {
            return true;
        }
        boolean fromBrowser = request.getHeader(HttpHeaders.ORIGIN) != null || request.getHeader("Sec-Fetch-Site") != null;
        return request.getRequestedSessionId() != null
                || (fromBrowser && request.getHeader(HttpHeaders.AUTHORIZATION) != null);
    }

    private static RequestMatcher htmlMatcher() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }
}
