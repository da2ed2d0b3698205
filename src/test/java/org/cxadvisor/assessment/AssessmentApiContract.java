package org.cxadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cxadvisor.support.ApiClient;
import org.cxadvisor.support.HttpTest;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The saved-assessment API as the contract describes it, over real HTTP on the whole application. Runs on the
 * embedded H2 file database ({@link AssessmentApiTest}) and on a real PostgreSQL server ({@link AssessmentApiPostgresTest}).
 */
abstract class AssessmentApiContract extends HttpTest {

    @Autowired
    AssessmentListing listing;

    static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    ApiClient.Response save(Map<String, Object> body, String lang) {
        return api.postJson("/api/assessments?lang=" + lang, body);
    }

    JsonNode saved(Profiles profile) {
        ApiClient.Response response = save(Map.of("profile", profile.json()), "en");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void savesAndReadsBackTheReportExactlyAsItWasMade() {
        ApiClient.Response created = save(Map.of("profile", Profiles.unhappyStaffBikeShop().json()), "nl");
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        assertThat(id).matches(UUID_V4);
        assertThat(body.get("companyId").asString()).matches(UUID_V4).isNotEqualTo(id);
        assertThat(created.header("Location")).isEqualTo("/api/assessments/" + id);
        assertThat(body.get("language").asString()).isEqualTo("nl");
        assertThat(body.get("profile").get("name").asString()).isEqualTo("Budget Bikes");
        assertThat(body.get("knowledgeBase").get("version").asString())
                .isEqualTo(body.get("report").get("knowledgeBase").get("version").asString());
        JsonNode advice = api.postJson("/api/advice?lang=nl", Profiles.unhappyStaffBikeShop().json()).json();
        assertThat(body.get("report").get("advice")).isEqualTo(advice.get("advice"));

        ApiClient.Response read = api.get("/api/assessments/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(body);
    }

    @Test
    void idsAreRandomNotSequential() {
        String a = saved(Profiles.neutral()).get("id").asString();
        String b = saved(Profiles.neutral()).get("id").asString();
        assertThat(a).isNotEqualTo(b);
        assertThat(UUID.fromString(a).version()).isEqualTo(4);
        assertThat(api.get("/api/assessments/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void rerunOnUnchangedRulesFindsNoDifference() {
        String id = saved(Profiles.unhappyStaffBikeShop()).get("id").asString();
        JsonNode rerun = api.get("/api/assessments/" + id + "/rerun").json();
        assertThat(rerun.get("stored")).isEqualTo(api.get("/api/assessments/" + id).json().get("report"));
        assertThat(rerun.get("current").get("advice")).isEqualTo(rerun.get("stored").get("advice"));
        assertThat(rerun.get("diff").toString())
                .isEqualTo("{\"added\":[],\"removed\":[],\"changedPriority\":[],\"changedConclusions\":[]}");
        assertThat(api.get("/api/assessments/" + id + "/rerun?lang=nl").json().get("current").get("language").asString())
                .isEqualTo("nl");
    }

    @Test
    void aReassessmentLinksToThePreviousOneAndTheHistoryShowsTheProgress() {
        Profiles before = Profiles.unhappyStaffBikeShop();
        Profiles after = Profiles.unhappyStaffBikeShop().with("employeeEngagement", 4).with("hiringForServiceAttitude", true)
                .with("processValue", 4);
        JsonNode first = saved(before);
        ApiClient.Response second = save(Map.of("profile", after.json(), "previous", first.get("id").asString()), "en");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("companyId")).isEqualTo(first.get("companyId"));
        assertThat(second.json().get("previous")).isEqualTo(first.get("id"));

        JsonNode history = api.get("/api/assessments/" + first.get("id").asString() + "/history").json();
        assertThat(history.get("assessments").valueStream().map(a -> a.get("id").asString()))
                .containsExactly(first.get("id").asString(), second.json().get("id").asString());
        assertThat(history.get("assessments").get(1).get("processValue").asInt()).isEqualTo(4);
        JsonNode step = history.get("steps").get(0);
        assertThat(step.get("from")).isEqualTo(first.get("id"));
        assertThat(step.get("changedFields").toString()).isEqualTo("[{\"field\":\"processValue\",\"from\":3,\"to\":4},"
                + "{\"field\":\"employeeEngagement\",\"from\":2,\"to\":4},"
                + "{\"field\":\"hiringForServiceAttitude\",\"from\":false,\"to\":true}]");
        // the step's diff is the what-if runner's diff for the same two profiles
        JsonNode scenario = api.postJson("/api/scenarios", Map.of("baseline", before.json(), "variants", List.of(Map.of(
                "name", "later", "changes", Map.of("employeeEngagement", 4, "hiringForServiceAttitude", true,
                        "processValue", 4))))).json();
        assertThat(step.get("diff")).isEqualTo(scenario.get("variants").get(0).get("diff"));
        assertThat(step.get("diff").get("removed").size()).isPositive();
    }

    @Test
    void deletedIsGoneAndTheLaterAssessmentKeepsItsHistory() {
        JsonNode first = saved(Profiles.neutral().with("name", "Delete me"));
        String firstId = first.get("id").asString();
        JsonNode second = save(Map.of("profile", Profiles.neutral().with("name", "Delete me").json(), "previous", firstId),
                "en").json();
        assertThat(api.delete("/api/assessments/" + firstId).status()).isEqualTo(204);
        ApiClient.Response gone = api.get("/api/assessments/" + firstId);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(gone.errorFields()).containsExactly("id");
        assertThat(api.delete("/api/assessments/" + firstId).status()).isEqualTo(404);
        assertThat(api.get("/api/assessments/" + firstId + "/history").status()).isEqualTo(404);

        String secondId = second.get("id").asString();
        JsonNode history = api.get("/api/assessments/" + secondId + "/history").json();
        assertThat(history.get("assessments").size()).isEqualTo(1);
        assertThat(api.get("/api/assessments/" + secondId).json().get("previous").isNull()).isTrue();
    }

    @Test
    void badRequestsNameTheField() {
        String other = saved(Profiles.neutral().with("name", "Other company")).get("id").asString();
        assertThat(save(Map.of("profile", Profiles.neutral().json(), "previous", other), "en").errorFields())
                .containsExactly("previous");
        assertThat(save(Map.of("profile", Profiles.neutral().json(), "previous", UUID.randomUUID().toString()), "en")
                .errorFields()).containsExactly("previous");
        assertThat(save(Map.of("profile", Profiles.neutral().json(), "previous", 7), "en").errorFields())
                .containsExactly("previous");
        ApiClient.Response wrong = save(Map.of("profile", Profiles.neutral().with("processValue", 9).with("market", "X").json(),
                "extra", 1), "en");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.errorFields()).containsExactlyInAnyOrder("extra", "profile.processValue", "profile.market");
        assertThat(save(Map.of("previous", other), "en").errorFields()).containsExactly("profile");
        ApiClient.Response malformed = api.post("/api/assessments", "{\"profile\": ", "Content-Type", "application/json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(api.post("/api/assessments", "[1]", "Content-Type", "application/json").status()).isEqualTo(400);
        String huge = "{\"profile\": {\"name\": \"" + "x".repeat(70 * 1024) + "\"}}";
        assertThat(api.post("/api/assessments", huge, "Content-Type", "application/json").status()).isEqualTo(413);
        assertThat(save(Map.of("profile", Profiles.neutral().json()), "fr").errorFields()).containsExactly("lang");
    }

    @Test
    void listsAssessmentsByCompanyAPageAtATime() {
        String companyId = null;
        String previous = null;
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = previous == null ? Map.of("profile", Profiles.neutral().with("name", "Lister_%Co").json())
                    : Map.of("profile", Profiles.neutral().with("name", "Lister_%Co").json(), "previous", previous);
            JsonNode saved = save(body, "en").json();
            previous = saved.get("id").asString();
            companyId = saved.get("companyId").asString();
        }
        AssessmentListing.Page byId = listing.page(companyId, 0, 2);
        assertThat(byId.total()).isEqualTo(3);
        assertThat(byId.items()).hasSize(2);
        assertThat(byId.items().get(0).id()).isEqualTo(previous);
        assertThat(byId.items().get(0).name()).isEqualTo("Lister_%Co");
        assertThat(listing.page(companyId, 1, 2).items()).hasSize(1);
        assertThat(listing.page("lister_%", 0, 20).total()).isEqualTo(3);
        assertThat(listing.page("lister__", 0, 20).total()).isZero();
    }

    @Test
    void listingIsForConsultantsOnly() {
        ApiClient.Response anonymous = api.get("/api/assessments");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }
}
