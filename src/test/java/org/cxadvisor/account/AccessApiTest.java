package org.cxadvisor.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxadvisor.support.ApiClient;
import org.cxadvisor.support.HttpTest;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract's "Accounts and access" over real HTTP: who gets 401, 403 and through, each refusal a problem. */
class AccessApiTest extends HttpTest {

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void users() {
        TestUsers.ensure(accounts);
    }


    private ApiClient.Response problem(ApiClient.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("errors").get(0).get("field").asString()).isNotBlank();
        return response;
    }

    @Test
    void anonymousListOfAssessmentsIs401ProblemWithBasicChallengeAndNoSession() {
        var response = problem(api.get("/api/assessments"), 401);
        assertThat(response.json().get("detail").asString()).contains("CONSULTANT");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"CX Advisor\", charset=\"UTF-8\"");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void aPagesOwnScriptGetsNoChallengeThatWouldPopUpThePasswordDialog() {
        var response = problem(api.get("/api/scenario-sets", "X-Requested-With", "XMLHttpRequest"), 401);
        assertThat(response.header("WWW-Authenticate")).isNull();
    }

    @Test
    void wrongPasswordIs401SayingSo() {
        var response = problem(api.get("/api/assessments", "Authorization", ApiClient.basic("consultant", "wrong")), 401);
        assertThat(response.json().get("detail").asString()).contains("password is wrong");
    }

    @Test
    void refusalsSpeakDutchWhenAsked() {
        var response = problem(api.get("/api/assessments?lang=nl"), 401);
        assertThat(response.json().get("title").asString()).isEqualTo("Inloggen nodig");
    }

    @Test
    void consultantPassesTheConsultantRulesButNotTheAdminRules() {
        String consultant = TestUsers.consultant();
        assertThat(api.get("/api/knowledge-base/impact", "Authorization", consultant).status()).isNotIn(401, 403);
        assertThat(api.get("/api/scenario-sets", "Authorization", consultant).status()).isNotIn(401, 403);
        var users = problem(api.get("/api/users", "Authorization", consultant), 403);
        assertThat(users.json().get("detail").asString()).contains("ADMIN", TestUsers.CONSULTANT);
        problem(api.get("/actuator/metrics", "Authorization", consultant), 403);
    }

    @Test
    void metricsAreForAdminsAndHealthForEveryone() {
        problem(api.get("/actuator/metrics"), 401);
        assertThat(api.get("/actuator/metrics", "Authorization", TestUsers.admin()).status()).isEqualTo(200);
        problem(api.get("/actuator/prometheus"), 401);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/scenarios", "/api/rules", "/api/knowledge-base", "/api/texts?lang=nl",
            "/api/profile/schema", "/api/examples", "/actuator/health", "/actuator/info", "/v3/api-docs",
            "/swagger-ui/index.html", "/css/app.css", "/js/lib/layout.js", "/index.html", "/scenarios.html"})
    void theAnonymousProductNeedsNoLogin(String path) {
        assertThat(api.get(path).status()).as(path).isEqualTo(200);
    }

    @Test
    void scriptsPostAdviceAndScenariosWithoutLoginOrCsrfToken() {
        assertThat(api.postJson("/api/advice", Profiles.neutral().json()).status()).isEqualTo(200);
        String scenarios = ApiClient.toJson(java.util.Map.of("baseline", Profiles.neutral().json(), "variants",
                java.util.List.of(java.util.Map.of("name", "warmer", "changes", java.util.Map.of("processValue", 5)))));
        assertThat(api.post("/api/scenarios", scenarios, "Content-Type", "application/json").status()).isEqualTo(200);
        assertThat(api.postJson("/api/scenarios/counterfactuals", java.util.Map.of("profile", Profiles.neutral().json()))
                .status()).isEqualTo(200);
    }
}
