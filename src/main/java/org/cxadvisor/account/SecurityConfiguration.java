package org.cxadvisor.account;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The one filter chain: who may do what ({@link AccessRules}), how callers sign in (the login page in a browser,
 * HTTP Basic for scripts), CSRF
 * for what a browser sends on its own, 401/403 as problems ({@link AccessFailures}) and the security headers.
 */
@Configuration
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";
    static final String LOGOUT = "/logout";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessFailures failures) throws Exception {
        HttpSessionRequestCache savedRequests = navigationsOnly();
        http.authorizeHttpRequests(AccessRules::apply)
                .httpBasic(basic -> basic.realmName(AccessFailures.REALM).authenticationEntryPoint(failures))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).successHandler(ReturnAfterLogin.onSuccess(savedRequests))
                        .failureHandler(ReturnAfterLogin.onFailure(LOGIN_PAGE + "?error")).permitAll())
                .logout(logout -> logout.logoutUrl(LOGOUT).logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens())
                        .csrfTokenRequestHandler(csrfTokenInEveryResponse())
                        .requireCsrfProtectionMatcher(BrowserRequests::needsCsrfToken))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(failures).accessDeniedHandler(failures))
                .requestCache(cache -> cache.requestCache(savedRequests))
                .headers(SecurityHeaders::apply);
        return http.build();
    }

    /**
     * Logins are observed (counted and timed in /actuator/prometheus); the filter chain and the authorization of
     * every request are not. Those observations time each of the chain's fifteen filters and count an event for each
     * as a meter looked up by its tags: more than a third of the server's CPU time for a cheap request, measured
     * under load (issue 15). Every request is still observed as {@code http.server.requests}, with its status.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
                .shouldObserveAuthorizations(false).shouldObserveAuthentications(true).build();
    }

    /** The users in the database ({@code V2__users.sql}); also re-hashes a password whose encoding is outdated. */
    @Bean
    JdbcUserDetailsManager userDetailsManager(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }

    /** Passwords stored as {@code {bcrypt}...}; the prefix lets a later encoder take over without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The token lives in the cookie XSRF-TOKEN, readable by the pages' script, which sends it back as X-XSRF-TOKEN. */
    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setHeaderName(AccessProblems.CSRF_HEADER);
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return tokens;
    }

    /**
     * The token as it is in the cookie, in the header or in the login form's {@code _csrf} field (the pages copy the
     * cookie; the BREACH masking of Spring's default handler only matters for tokens written into page bodies, which
     * the static pages never do), and loaded on every request, so that the cookie is there before the first POST.
     */
    private static CsrfTokenRequestAttributeHandler csrfTokenInEveryResponse() {
        CsrfTokenRequestAttributeHandler handler = new CsrfTokenRequestAttributeHandler();
        handler.setCsrfRequestAttributeName(null);
        return handler;
    }

    /** Remember the page a browser wanted before its login, and nothing else: an API call must not open a session. */
    private static HttpSessionRequestCache navigationsOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(BrowserRequests::isNavigation);
        return cache;
    }
}
