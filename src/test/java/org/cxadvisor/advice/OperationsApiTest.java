package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxadvisor.support.ApiClient;
import org.cxadvisor.support.HttpTest;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The contract's "Operations" over real HTTP: the advisor's own metrics in /actuator/prometheus for ADMIN only, and
 * health that tells everyone whether the instance is ready but only ADMIN which knowledge base it serves.
 */
@TestPropertySource(properties = "cxadvisor.admin-password=" + OperationsApiTest.PASSWORD)
class OperationsApiTest extends HttpTest {

    static final String PASSWORD = "operations test password";
    private static final String ADMIN = ApiClient.basic("admin", PASSWORD);

    @Test
    void prometheusShowsFiringsPerRuleAdvicePerIdEvaluationTimeAndReloadsToAdminsOnly() {
        var advice = api.postJson("/api/advice", Profiles.unhappyStaffBikeShop().json());
        assertThat(advice.status()).isEqualTo(200);
        String rule = advice.json().get("advice").get(0).get("rule").asString();
        String adviceId = advice.json().get("advice").get(0).get("id").asString();

        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
        var metrics = api.get("/actuator/prometheus", "Authorization", ADMIN);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("cxadvisor_rule_firings_total\\{[^}]*rule=\"" + rule + "\"[^}]*} [1-9]")
                .containsPattern("cxadvisor_advice_total\\{[^}]*advice=\"" + adviceId + "\"[^}]*} [1-9]")
                .containsPattern("cxadvisor_evaluation_seconds_count(\\{[^}]*})? [1-9]")
                .contains("cxadvisor_reloads_total{status=\"OK\"", "cxadvisor_reloads_total{status=\"FAILED\"")
                .contains("http_server_requests_seconds_count", "jvm_memory_used_bytes")
                // logins are observed; the filter chain and per-request authorization are not (their cost, issue 15)
                .contains("spring_security_authentications_seconds_count")
                .doesNotContain("spring_security_filterchains", "spring_security_authorizations");
    }

    @Test
    void readinessIsUpForEveryoneWithTheKnowledgeBaseDetailsForAdminsOnly() {
        var readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.body()).doesNotContain("version");
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);

        var health = api.get("/actuator/health", "Authorization", ADMIN);
        assertThat(health.json().get("components").get("knowledgeBase").get("details").get("version").asString())
                .isEqualTo(api.get("/api/knowledge-base").json().get("version").asString());
        assertThat(health.json().get("components").has("db")).isTrue();
        assertThat(api.get("/actuator/health").body()).doesNotContain("\"details\"");
    }
}
