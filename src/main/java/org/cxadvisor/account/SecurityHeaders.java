package org.cxadvisor.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers on every response (issue 9): a strict Content-Security-Policy without inline script or style,
 * {@code X-Content-Type-Options: nosniff}, no framing, and a referrer that never carries a page's path (an
 * assessment's address is its key) to another site.
 */
final class SecurityHeaders {

    /** The app's own pages: everything from this origin, nothing inline, no framing, forms only to this origin. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** Swagger UI sets style attributes from its script: inline styles there only, scripts stay strict. */
    static final String API_DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final RequestMatcher API_DOCS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"));

    private SecurityHeaders() {
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentTypeOptions(nosniff -> { })
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API_DOCS,
                        new ContentSecurityPolicyHeaderWriter(API_DOCS_CSP)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(API_DOCS),
                        new ContentSecurityPolicyHeaderWriter(CSP)));
    }
}
