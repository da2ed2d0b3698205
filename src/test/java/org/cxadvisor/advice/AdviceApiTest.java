package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cxadvisor.support.HttpTest;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /api/advice, GET /api/rules and GET /api/knowledge-base over real HTTP, as the contract describes them. */
class AdviceApiTest extends HttpTest {

    static Map<String, Object> unhappyStaffCafe() {
        return Profiles.neutral().with("name", "Café de Hoek").with("sector", "HOSPITALITY").with("offering", "EXPERIENCE")
                .with("pricePositioning", "PREMIUM").with("processValue", 4).with("entertainmentValue", 5)
                .with("employeeEngagement", 2).with("hiringForServiceAttitude", false).customerValue(2, 2, 5, 4).json();
    }

    @Test
    void adviceReportCarriesConclusionsExplainedAdviceOpenQuestionsAndVersion() {
        var response = api.postJson("/api/advice", unhappyStaffCafe());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode report = response.json();
        assertThat(report.get("conclusions").valueStream().map(c -> c.get("type").asString() + "=" + c.get("value").asString()))
                .contains("EXPERIENCE_QUADRANT=EXPERIENCE_LEADER", "VALUE_FOCUS=EMOTIONAL", "STRATEGY_TRACK=EXPERIENCE");
        assertThat(report.get("conclusions").get(0).get("rule").asString()).isNotBlank();

        JsonNode first = report.get("advice").get(0);
        assertThat(first.get("priority").asString()).isEqualTo("HIGH");
        assertThat(first.get("id").asString()).isEqualTo("engage-unhappy-staff");
        assertThat(first.get("category").asString()).isEqualTo("AMBASSADORS");
        assertThat(first.get("title").asString()).isNotBlank();
        assertThat(first.get("actions").size()).isPositive();
        assertThat(first.get("rationale").asString()).contains("2");
        assertThat(first.get("sources").get(0).get("document").asString()).isEqualTo("geurtsen-2012");
        assertThat(first.get("sources").get(0).get("kpoints").get(0).asString()).isEqualTo("K11");
        assertThat(first.get("rule").asString()).isEqualTo("Unhappy customer-facing staff cannot be sincerely friendly");

        assertThat(report.get("openQuestions").valueStream().map(q -> q.get("field").asString()))
                .doesNotContain("employeeEngagement", "customerValue");
        assertThat(report.get("knowledgeBase").get("version").asString()).hasSize(12);
        assertThat(report.get("knowledgeBase").get("loadedAt").asString()).isNotBlank();
    }

    @Test
    void adviceIsARoadmapNowNextLaterWithAMeasureAndTheRuleOnEveryItem() {
        JsonNode report = api.postJson("/api/advice", unhappyStaffCafe()).json();
        JsonNode advice = report.get("advice");
        var horizons = advice.valueStream().map(a -> Horizon.valueOf(a.get("horizon").asString())).toList();
        assertThat(horizons).isSorted();
        assertThat(horizons).filteredOn(h -> h == Horizon.NOW).hasSizeBetween(1, 3);
        assertThat(advice.size()).isLessThanOrEqualTo(10);
        assertThat(advice.valueStream()).allSatisfy(a -> {
            assertThat(a.get("measure").asString()).isNotBlank();
            assertThat(a.get("ruleText").asString()).isNotBlank();
        });
        assertThat(report.get("summary").asString()).startsWith("Café de Hoek is in the experience quadrant");
        assertThat(report.get("strengths").valueStream().map(st -> st.get("id").asString())).contains("stages-an-experience");
        assertThat(report.get("conclusions").valueStream()).allSatisfy(c -> assertThat(c.get("ruleText").asString()).isNotBlank());
    }

    @Test
    void dutchIsChosenByLangParameterOrAcceptLanguage() {
        var byParam = api.postJson("/api/advice?lang=nl", unhappyStaffCafe()).json();
        var byHeader = api.postJson("/api/advice", unhappyStaffCafe(), "Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5").json();
        var english = api.postJson("/api/advice?lang=en", unhappyStaffCafe(), "Accept-Language", "nl").json();

        assertThat(byParam.get("language").asString()).isEqualTo("nl");
        assertThat(byParam.get("advice").get(0).get("title").asString()).startsWith("Maak van uw medewerkers");
        assertThat(byHeader.get("advice").get(0).get("title").asString())
                .isEqualTo(byParam.get("advice").get(0).get("title").asString());
        assertThat(english.get("advice").get(0).get("title").asString()).startsWith("Make your customer-facing people");
    }

    @Test
    void unknownOptionalFieldsThatRulesUseBecomeOpenQuestions() {
        Map<String, Object> profile = unhappyStaffCafe();
        profile.remove("employeeEngagement");
        var questions = api.postJson("/api/advice?lang=nl", profile).json().get("openQuestions");
        var engagement = questions.valueStream().filter(q -> q.get("field").asString().equals("employeeEngagement")).findFirst();
        assertThat(engagement).isPresent();
        assertThat(engagement.get().get("question").asString()).contains("betrokken");
    }

    @Test
    void rulesEndpointListsEveryRuleWithItsMetadata() {
        var response = api.get("/api/rules");
        assertThat(response.status()).isEqualTo(200);
        JsonNode rule = response.json().valueStream()
                .filter(r -> r.get("name").asString().equals("Unhappy customer-facing staff cannot be sincerely friendly"))
                .findFirst().orElseThrow();
        assertThat(rule.get("file").asString()).isEqualTo("ambassadors.drl");
        assertThat(rule.get("line").asInt()).isPositive();
        assertThat(rule.get("category").asString()).isEqualTo("AMBASSADORS");
        assertThat(rule.get("advice").asString()).isEqualTo("engage-unhappy-staff");
        assertThat(rule.get("kpoints").get(0).asString()).isEqualTo("K11");
        assertThat(rule.get("sources").get(0).asString()).isEqualTo("geurtsen-2012");
    }

    @Test
    void knowledgeBaseEndpointNamesVersionFilesAndLastReload() {
        JsonNode kb = api.get("/api/knowledge-base").json();
        String reportVersion = api.postJson("/api/advice", unhappyStaffCafe()).json().get("knowledgeBase").get("version").asString();
        assertThat(kb.get("version").asString()).isEqualTo(reportVersion);
        assertThat(kb.get("files").valueStream().map(JsonNode::asString)).contains("classification.drl", "ambassadors.drl");
        assertThat(kb.get("lastReload").get("status").asString()).isEqualTo("OK");
        assertThat(kb.get("lastReload").get("errors").size()).isZero();
    }

    @Test
    void openApiDescriptionIsServed() {
        var docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/advice", "/api/rules", "/api/knowledge-base");
    }
}
