package org.cxadvisor.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxadvisor.support.ApiClient;
import org.cxadvisor.support.HttpTest;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 9's headers on pages, API answers, problems and static files alike; Swagger UI's own relaxed styles. */
class SecurityHeadersTest extends HttpTest {

    private static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static void assertSecurityHeaders(ApiClient.Response response, String csp) {
        assertThat(response.header("Content-Security-Policy")).isEqualTo(csp);
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/scenarios", "/js/intake/main.js", "/css/app.css", "/api/rules", "/api/assessments",
            "/no-such-page", "/v3/api-docs"})
    void everyResponseHasTheStrictHeaders(String path) {
        assertSecurityHeaders(api.get(path), STRICT);
    }

    @Test
    void apiAnswersAndBadRequestProblemsHaveThemToo() {
        assertSecurityHeaders(api.postJson("/api/advice", Profiles.neutral().json()), STRICT);
        assertSecurityHeaders(api.post("/api/advice", "{", "Content-Type", "application/json"), STRICT);
    }

    @Test
    void swaggerUiMayUseInlineStylesButNoInlineScript() {
        var response = api.get("/swagger-ui/index.html");
        assertThat(response.status()).isEqualTo(200);
        assertSecurityHeaders(response, STRICT.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self';");
    }
}
