package org.cxadvisor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.cxadvisor.support.ApiClient;
import org.cxadvisor.support.HttpTest;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A browser's session over real HTTP, with its cookie jar: login through the form, CSRF on what the session sends,
 * navigations to protected pages sent to the login page, and logout.
 */
class BrowserSessionTest extends HttpTest {

    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    UserAccounts accounts;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void users() {
        TestUsers.ensure(accounts);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        assertThat(send(to("/login").header("Accept", HTML)).statusCode()).isEqualTo(200);
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + cookie("XSRF-TOKEN");
        return send(to("/login").header("Content-Type", "application/x-www-form-urlencoded").header("Accept", HTML)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> postAdvice(String... headers) throws Exception {
        var request = to("/api/advice").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.toJson(Profiles.neutral().json())));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    @Test
    void aBrowserOpeningAProtectedPageGetsTheLoginPageAndComesBackAfterSigningIn() throws Exception {
        var users = send(to("/users").header("Accept", HTML));
        assertThat(users.statusCode()).isEqualTo(302);
        assertThat(users.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        var login = login(TestUsers.ADMIN, TestUsers.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/users");
        assertThat(send(to("/users").header("Accept", HTML)).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageSayingSo() throws Exception {
        var login = login(TestUsers.CONSULTANT, "wrong");
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void aSignedInBrowsersPostWithoutTheTokenIsRefusedAndWithItAccepted() throws Exception {
        assertThat(login(TestUsers.CONSULTANT, TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(cookie("JSESSIONID")).isNotNull();
        var refused = postAdvice();
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("X-XSRF-TOKEN");
        assertThat(postAdvice("X-XSRF-TOKEN", "guessed").statusCode()).isEqualTo(403);
        assertThat(postAdvice("X-XSRF-TOKEN", cookie("XSRF-TOKEN")).statusCode()).isEqualTo(200);
        assertThat(send(to("/api/account")).body()).contains("\"username\":\"consultant\"", "CONSULTANT");
    }

    @Test
    void theLoginFormItselfNeedsTheToken() throws Exception {
        var forged = send(to("/login").header("Content-Type", "application/x-www-form-urlencoded").header("Accept", HTML)
                .POST(HttpRequest.BodyPublishers.ofString("username=consultant&password=" + TestUsers.PASSWORD)));
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(cookie("JSESSIONID")).isNull();
    }

    @Test
    void aConsultantOpeningTheUserPageIsToldItNeedsAnotherRole() throws Exception {
        login(TestUsers.CONSULTANT, TestUsers.PASSWORD);
        var users = send(to("/users").header("Accept", HTML));
        assertThat(users.statusCode()).isEqualTo(302);
        assertThat(users.headers().firstValue("Location").orElseThrow()).endsWith("/login?denied");
        var api = send(to("/api/users").header("Accept", "application/json"));
        assertThat(api.statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        login(TestUsers.CONSULTANT, TestUsers.PASSWORD);
        assertThat(send(to("/api/scenario-sets").header("Accept", "application/json")).statusCode()).isNotIn(401, 403);
        var logout = send(to("/logout").header("Accept", HTML).header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(send(to("/api/scenario-sets").header("Accept", "application/json")).statusCode()).isEqualTo(401);
        assertThat(send(to("/api/account")).body()).contains("\"username\":null");
    }
}
