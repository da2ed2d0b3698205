package org.cxadvisor.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxadvisor.support.ApiClient;
import org.cxadvisor.support.HttpTest;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CSRF: what a browser sends by itself (a session cookie, or Basic credentials it remembers, seen by its Origin
 * header) needs the token from the XSRF-TOKEN cookie as X-XSRF-TOKEN; a script's request without a session does not.
 */
class CsrfTest extends HttpTest {

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void users() {
        TestUsers.ensure(accounts);
    }

    private static final String TOKEN = "3f1e8a52-0c55-4a8e-9d5b-1f3c6f0f9a11";

    @Test
    void everyResponseCarriesTheTokenCookieForThePagesScript() {
        var cookie = api.get("/").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        assertThat(cookie).contains("SameSite=Strict").doesNotContain("HttpOnly");
    }

    @Test
    void aRequestWithASessionCookieButNoTokenIsRefusedWithAProblem() {
        var response = api.post("/api/advice", ApiClient.toJson(Profiles.neutral().json()),
                "Content-Type", "application/json", "Cookie", "JSESSIONID=0123456789ABCDEF");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("X-XSRF-TOKEN");
    }

    @Test
    void aRequestWithASessionCookieAndTheCookiesTokenIsServed() {
        var response = api.post("/api/advice", ApiClient.toJson(Profiles.neutral().json()),
                "Content-Type", "application/json", "Cookie", "JSESSIONID=0123456789ABCDEF; XSRF-TOKEN=" + TOKEN,
                "X-XSRF-TOKEN", TOKEN);
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void aTokenThatIsNotTheCookiesIsRefused() {
        var response = api.post("/api/advice", ApiClient.toJson(Profiles.neutral().json()),
                "Content-Type", "application/json", "Cookie", "JSESSIONID=0123456789ABCDEF; XSRF-TOKEN=" + TOKEN,
                "X-XSRF-TOKEN", "forged");
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void browserBasicCredentialsNeedTheTokenScriptBasicCredentialsDoNot() {
        String body = ApiClient.toJson(Profiles.neutral().json());
        assertThat(api.post("/api/advice", body, "Content-Type", "application/json",
                "Authorization", TestUsers.consultant(), "Origin", "https://elsewhere.example").status()).isEqualTo(403);
        assertThat(api.post("/api/advice", body, "Content-Type", "application/json",
                "Authorization", TestUsers.consultant()).status()).isEqualTo(200);
    }

    @Test
    void anonymousBrowserWithoutSessionPostsAdviceWithoutToken() {
        assertThat(api.post("/api/advice", ApiClient.toJson(Profiles.neutral().json()), "Content-Type",
                "application/json", "Origin", "http://localhost:" + port).status()).isEqualTo(200);
    }
}
