package org.cxadvisor.scenarioset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.Violation;
import org.cxadvisor.support.HttpTest;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.web.BadRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** Scenario sets saved, replaced, listed and deleted; on H2 ({@link ScenarioSetTest}) and PostgreSQL ({@link ScenarioSetPostgresTest}). */
abstract class ScenarioSetContract extends HttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ScenarioSetService sets;

    static Map<String, Object> body(String name, int engagement) {
        return Map.of("name", name, "baseline", Profiles.unhappyStaffBikeShop().json(), "variants", List.of(
                Map.of("name", "Engaged staff", "changes", Map.of("employeeEngagement", engagement)),
                Map.of("name", "Unknown NPS", "changes", java.util.Collections.singletonMap("npsScore", null))));
    }

    static ScenarioSetRequest request(Map<String, Object> body) {
        return ScenarioSetRequest.read(body, Messages.ENGLISH);
    }

    @Test
    void savesReplacesListsAndDeletes() {
        ScenarioSet saved = sets.create(request(body("Bikes, spring", 4)));
        assertThat(saved.id()).matches("[0-9a-f-]{36}");
        ScenarioSet read = sets.find(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(JSON.readTree(read.variants())).isEqualTo(JSON.valueToTree(body("x", 4).get("variants")));
        assertThat(JSON.readTree(read.baseline()).get("name").asString()).isEqualTo("Budget Bikes");

        ScenarioSet replaced = sets.replace(saved.id(), request(body("Bikes, autumn", 5))).orElseThrow();
        assertThat(replaced.createdAt()).isEqualTo(saved.createdAt());
        assertThat(sets.find(saved.id()).orElseThrow().name()).isEqualTo("Bikes, autumn");
        assertThat(sets.page(0, 100).getContent()).extracting(ScenarioSet::id).contains(saved.id());
        assertThat(sets.replace("no-such-id", request(body("x", 4)))).isEmpty();

        assertThat(sets.delete(saved.id())).isTrue();
        assertThat(sets.find(saved.id())).isEmpty();
        assertThat(sets.delete(saved.id())).isFalse();
    }

    @Test
    void aBadSetNamesEveryField() {
        Map<String, Object> bad = Map.of("name", " ", "baseline", Profiles.neutral().with("processValue", 7).json(),
                "variants", List.of(Map.of("name", "v", "changes", Map.of("employeeEngagement", 9))), "extra", 1);
        assertThatThrownBy(() -> request(bad)).isInstanceOfSatisfying(BadRequestException.class, e ->
                assertThat(e.violations()).extracting(Violation::field)
                        .contains("name", "extra", "baseline.processValue"));
    }

    @Test
    void scenarioSetsAreForConsultantsOnly() {
        assertThat(api.get("/api/scenario-sets").status()).isEqualTo(401);
        assertThat(api.postJson("/api/scenario-sets", body("x", 4)).status()).isEqualTo(401);
    }
}
