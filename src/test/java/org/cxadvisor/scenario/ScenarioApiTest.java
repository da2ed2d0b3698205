package org.cxadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scenario endpoints over real HTTP, with the shipped rules. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioApiTest {

    static final String BASELINE = """
            {"name": "Budget Bikes", "sector": "RETAIL", "market": "B2C", "offering": "PRODUCT",
             "pricePositioning": "LOWEST_PRICE", "processValue": 3, "entertainmentValue": 2,
             "employeeEngagement": 2, "hiringForServiceAttitude": false}""";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The strings of an array, or its elements' {@code field} when given. */
    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new java.util.ArrayList<>();
        array.forEach(n -> ids.add(field == null ? n.asString() : n.at("/" + field).asString()));
        return ids;
    }

    @Test
    void variantWithEngagedWellChosenStaffRemovesTheAmbassadorAdvice() throws Exception {
        var response = post("/api/scenarios?lang=nl", """
                {"baseline": %s, "variants": [
                  {"name": "engaged, well-chosen staff", "changes": {"employeeEngagement": 5, "hiringForServiceAttitude": true}},
                  {"name": "faster process", "changes": {"processValue": 4}}]}""".formatted(BASELINE));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/baseline/language").asString()).isEqualTo("nl");
        // the shipped knowledge base grows: assert on the advice that matters, not on whole lists
        assertThat(ids(body.at("/baseline/advice"), "id")).contains("engage-unhappy-staff", "select-on-attitude");
        JsonNode engaged = body.at("/variants/0");
        assertThat(engaged.at("/name").asString()).isEqualTo("engaged, well-chosen staff");
        assertThat(engaged.at("/profile/employeeEngagement").asInt()).isEqualTo(5);
        assertThat(engaged.at("/profile/name").asString()).isEqualTo("Budget Bikes");
        assertThat(ids(engaged.at("/report/advice"), "id")).doesNotContain("engage-unhappy-staff", "select-on-attitude");
        assertThat(ids(engaged.at("/diff/removed"), null)).contains("engage-unhappy-staff", "select-on-attitude");
        assertThat(ids(engaged.at("/diff/added"), null)).doesNotContain("engage-unhappy-staff", "select-on-attitude");
        assertThat(engaged.at("/diff").size()).as("diff has exactly added, removed, changedPriority, changedConclusions").isEqualTo(4);
        assertThat(engaged.at("/diff/changedPriority").isArray()).isTrue();
        JsonNode faster = null;
        for (JsonNode c : body.at("/variants/1/diff/changedConclusions")) {
            if (c.at("/type").asString().equals("EXPERIENCE_QUADRANT")) {
                faster = c;
            }
        }
        assertThat(faster).as("EXPERIENCE_QUADRANT among the changed conclusions").isNotNull();
        assertThat(faster.at("/from").asString()).isEqualTo("UTILITY");
        assertThat(faster.at("/to").asString()).isEqualTo("PROCESS_DRIVEN");
    }

    @Test
    void badChangeIs400NamingVariantAndField() throws Exception {
        var response = post("/api/scenarios", """
                {"baseline": %s, "variants": [
                  {"name": "fine", "changes": {"employeeEngagement": 4}},
                  {"name": "too happy", "changes": {"employeeEngagement": 9, "employeeHappiness": 5}}]}""".formatted(BASELINE));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/title").asString()).isEqualTo("Invalid scenario");
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        body.at("/errors").forEach(e -> errors.put(e.at("/field").asString(), e.at("/message").asString()));
        assertThat(errors).containsOnlyKeys("variants[1].changes.employeeEngagement", "variants[1].changes.employeeHappiness");
        assertThat(errors.get("variants[1].changes.employeeEngagement")).isEqualTo("Variant \"too happy\": Must be from 1 to 5.");
        assertThat(errors.get("variants[1].changes.employeeHappiness")).startsWith("Variant \"too happy\": Unknown field");
    }

    @Test
    void badBaselineAndMalformedBodiesAre400() throws Exception {
        var response = post("/api/scenarios", """
                {"baseline": {"name": "x"}, "variants": []}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("baseline.sector");
        assertThat(post("/api/scenarios", "{\"baseline\": ").statusCode()).isEqualTo(400);
        assertThat(post("/api/scenarios", "[]").statusCode()).isEqualTo(400);
        assertThat(post("/api/scenarios/sweep", "{\"baseline\": " + BASELINE + ", \"field\": \"npsScore\"}").body())
                .contains("\"field\":\"values\"");
        assertThat(post("/api/scenarios/sweep", "{\"baseline\": " + BASELINE + ", \"field\": \"nope\"}").statusCode()).isEqualTo(400);
        assertThat(post("/api/scenarios/counterfactuals", "{\"profile\": {}}").statusCode()).isEqualTo(400);
    }

    @Test
    void oddShapesAre400WithTheFieldNamed() throws Exception {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("{\"baseline\": " + BASELINE + ", \"variants\": {}}", "variants");
        cases.put("{\"baseline\": " + BASELINE + ", \"variants\": [7]}", "variants[0]");
        cases.put("{\"baseline\": " + BASELINE + ", \"variants\": [{\"name\": \"a\", \"changes\": []}]}", "variants[0].changes");
        cases.put("{\"baseline\": " + BASELINE + ", \"variants\": [{\"changes\": {}}]}", "variants[0].name");
        cases.put("{\"baseline\": " + BASELINE + ", \"variants\": [{\"name\": \"a\", \"changes\": {}, \"colour\": 1}]}", "variants[0].colour");
        cases.put("{\"baseline\": " + BASELINE + ", \"variants\": [{\"name\": \"a\", \"changes\": {}}, {\"name\": \"a\", \"changes\": {}}]}", "variants[1].name");
        cases.put("{\"baseline\": " + BASELINE + ", \"variants\": [{\"name\": \"a\", \"changes\": {\"customerValue\": [1]}}]}", "variants[0].changes.customerValue");
        cases.put("{\"baseline\": " + BASELINE + ", \"variants\": [{\"name\": \"a\", \"changes\": {\"customerValue.emotional\": 4}}]}", "variants[0].changes.customerValue.emotional");
        cases.put("{\"baseline\": " + BASELINE + ", \"variants\": [{\"name\": \"a\", \"changes\": {\"sector\": null}}]}", "variants[0].changes.sector");
        cases.put("{\"baseline\": " + BASELINE + ", \"variants\": [], \"extra\": 1}", "extra");
        cases.put("{\"variants\": []}", "baseline");
        cases.put("{\"baseline\": " + BASELINE + ", \"field\": 3}", "field");
        cases.put("{\"baseline\": " + BASELINE + ", \"field\": \"processValue\", \"values\": 3}", "values");
        cases.put("{\"baseline\": " + BASELINE + ", \"field\": \"processValue\", \"values\": []}", "values");
        cases.put("{\"baseline\": " + BASELINE + ", \"field\": \"customerValue.emotional\", \"values\": [2]}", "values[0]");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String path = c.getKey().contains("\"field\"") ? "/api/scenarios/sweep" : "/api/scenarios";
            var response = post(path, c.getKey());
            assertThat(response.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(response.body()).as(c.getKey()).contains("\"field\":\"" + c.getValue() + "\"");
        }
        assertThat(post("/api/scenarios/counterfactuals", "{}").body()).contains("\"field\":\"profile\"");
        assertThat(post("/api/scenarios?lang=fr", "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void sweepOverProcessValueShowsTheQuadrantChangeAtFour() throws Exception {
        var response = post("/api/scenarios/sweep", "{\"baseline\": " + BASELINE + ", \"field\": \"processValue\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.at("/field").asString()).isEqualTo("processValue");
        assertThat(body.at("/rows").size()).isEqualTo(5);
        for (JsonNode row : body.at("/rows")) {
            String quadrant = null;
            for (JsonNode c : row.at("/conclusions")) {
                if (c.at("/type").asString().equals("EXPERIENCE_QUADRANT")) {
                    quadrant = c.at("/value").asString();
                }
            }
            assertThat(quadrant).isEqualTo(row.at("/value").asInt() >= 4 ? "PROCESS_DRIVEN" : "UTILITY");
            assertThat(ids(row.at("/advice"), null)).contains("engage-unhappy-staff", "select-on-attitude");
        }
        var explicit = JSON.readTree(post("/api/scenarios/sweep", "{\"baseline\": " + BASELINE
                + ", \"field\": \"employeeEngagement\", \"values\": [1, 4, null]}").body());
        assertThat(ids(explicit.at("/rows/0/advice"), null)).contains("engage-unhappy-staff", "select-on-attitude");
        assertThat(ids(explicit.at("/rows/1/advice"), null)).contains("select-on-attitude").doesNotContain("engage-unhappy-staff");
        assertThat(explicit.at("/rows/2/value").isNull()).isTrue();
    }

    @Test
    void counterfactualsNameEngagementAndHiring() throws Exception {
        var response = post("/api/scenarios/counterfactuals", "{\"profile\": " + BASELINE + "}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        boolean engagement = false;
        boolean hiring = false;
        for (JsonNode cf : body.at("/counterfactuals")) {
            assertThat(cf.at("/category").asString()).isNotBlank();
            if (cf.at("/effect").asString().equals("REMOVES") && cf.at("/adviceId").asString().equals("engage-unhappy-staff")
                    && cf.at("/changes/employeeEngagement").asInt() == 3) {
                engagement = true;
                assertThat(cf.at("/kind").asString()).isEqualTo("LEVER");
                assertThat(cf.at("/text").asString()).isEqualTo("Would disappear if employee engagement were 3 or more.");
            }
            if (cf.at("/adviceId").asString().equals("select-on-attitude") && cf.at("/changes/hiringForServiceAttitude").asBoolean()) {
                hiring = true;
            }
        }
        assertThat(engagement).isTrue();
        assertThat(hiring).isTrue();
    }

    @Test
    void exportsMarkdownAndCsv() throws Exception {
        String body = Files.readString(Path.of("docs/examples/scenarios/price-fighter.json"));
        var md = post("/api/scenarios/export?format=md", body);
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(md.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".md");
        assertThat(md.body()).startsWith("# What would change for Budget Bikes").contains("## Scenario: Engaged, well-chosen staff");
        var csv = post("/api/scenarios/export?format=csv&lang=nl", body);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFsoort,id,omschrijving,Uitgangssituatie,\"Engaged, well-chosen staff\"");
        assertThat(csv.body()).contains("\r\nadvice,engage-unhappy-staff,");
        assertThat(post("/api/scenarios/export?format=pdf", body).statusCode()).isEqualTo(400);
    }

    @Test
    void pageAndTextsAreServed() throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/scenarios")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"/js/scenarios/main.js\">");
        // the one texts endpoint of every page has the scenario page's texts too
        var texts = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/texts?lang=nl")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(texts.body()).at("/scenarios.baseline").asString()).isEqualTo("Uitgangssituatie");
        var schema = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/profile/schema?lang=nl"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        java.util.Map<String, String> shortLabels = new java.util.HashMap<>();
        schema.at("/fields").forEach(f -> shortLabels.put(f.at("/path").asString(), f.at("/shortLabel").asString()));
        assertThat(shortLabels).containsEntry("employeeEngagement", "betrokkenheid van medewerkers")
                .containsEntry("customerValue.functional", "functionele waarde").doesNotContainValue("");
        var docs = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/scenarios/sweep").contains("/api/scenarios/counterfactuals");
    }
}
