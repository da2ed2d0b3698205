package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running service with its own rules folder: a broken change keeps it serving and shows up in
 * GET /api/knowledge-base with file and line; a runaway rule gets a problem response naming it while other
 * requests are answered; every report names the knowledge base version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"cxadvisor.engine.max-firings=300", "cxadvisor.reload.debounce-ms=100"})
class KnowledgeBaseApiTest {

    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("kb-api");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        RulesFolder.in(DIR)
                .file("topic.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one",
                        "CompanyProfile( csrCommitment == CsrCommitment.NONE )", "HIGH"))
                .file("topic.texts.yaml", RulesFolder.texts("one") + RulesFolder.ruleTexts("One", "Keeps concluding"))
                .file("loop.drl", RulesFolder.HEADER + """
                        rule "Keeps concluding"
                            @concludes("EXPERIENCE_QUADRANT") @kpoints("K8") @source("geurtsen-2012")
                        when
                            CompanyProfile( employeeEngagement == 1 )
                            Conclusion( concluded == ExperienceQuadrant.UTILITY ) or CompanyProfile( )
                        then
                            insert(Conclusion.of(kcontext, ExperienceQuadrant.UTILITY));
                        end
                        """);
    }

    @DynamicPropertySource
    static void rulesDir(DynamicPropertyRegistry registry) {
        registry.add("cxadvisor.rules-dir", DIR::toString);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (var files = Files.walk(DIR)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    KnowledgeBaseHolder holder;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/advice"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode knowledgeBase() throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/knowledge-base"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String profile(String extra) {
        return "{\"name\":\"X\",\"sector\":\"OTHER\",\"market\":\"B2C\",\"offering\":\"SERVICE\",\"pricePositioning\":\"MID_MARKET\","
                + "\"processValue\":3,\"entertainmentValue\":3" + extra + "}";
    }

    @Test
    void aRunawayRuleGetsAProblemNamingTheRuleAndOtherRequestsAreServed() throws Exception {
        HttpResponse<String> runaway = post(profile(",\"employeeEngagement\":1"));
        assertThat(runaway.statusCode()).isEqualTo(503);
        assertThat(runaway.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        JsonNode problem = json.readTree(runaway.body());
        assertThat(problem.get("rule").asString()).isEqualTo("Keeps concluding");
        assertThat(problem.get("detail").asString()).contains("Keeps concluding").contains("300 rule firings");
        assertThat(runaway.body()).doesNotContain("Exception").doesNotContain("at org.");

        HttpResponse<String> fine = post(profile(",\"csrCommitment\":\"NONE\""));
        assertThat(fine.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(fine.body());
        assertThat(report.get("advice").get(0).get("id").asString()).isEqualTo("one");
        assertThat(report.get("knowledgeBase").get("version").asString()).isEqualTo(holder.current().version());

        // There is no earlier generation to go back to, so the rules stay; GET /api/knowledge-base says why.
        JsonNode reported = knowledgeBase().get("lastReload");
        assertThat(reported.get("status").asString()).isEqualTo("FAILED");
        assertThat(reported.get("errors").get(0).get("file").asString()).isEqualTo("loop.drl");
        assertThat(reported.get("errors").get(0).get("message").asString()).contains("Keeps concluding");
        // Fixing the rule brings the service back to OK.
        Path loop = DIR.resolve("loop.drl");
        String looping = Files.readString(loop);
        String fixed = looping.replace("Conclusion( concluded == ExperienceQuadrant.UTILITY ) or CompanyProfile( )",
                "not Conclusion( concluded == ExperienceQuadrant.UTILITY )");
        assertThat(fixed).isNotEqualTo(looping);
        Files.writeString(loop, fixed);
        awaitStatus("OK");
        assertThat(post(profile(",\"employeeEngagement\":1")).statusCode()).isEqualTo(200);
    }

    @Test
    void aBrokenChangeKeepsTheServiceAndIsShownWithFileAndLine() throws Exception {
        String version = knowledgeBase().get("version").asString();
        assertThat(knowledgeBase().get("lastReload").get("status").asString()).isEqualTo("OK");
        Path topic = DIR.resolve("topic.drl");
        String good = Files.readString(topic);
        try {
            Files.writeString(topic, good.replace("Priority.HIGH", "Priority.HIHG"));
            JsonNode kb = awaitStatus("FAILED");
            assertThat(kb.get("version").asString()).isEqualTo(version);
            JsonNode error = kb.get("lastReload").get("errors").get(0);
            assertThat(error.get("file").asString()).isEqualTo("topic.drl");
            assertThat(error.get("line").asInt()).isEqualTo(12);
            assertThat(error.get("message").asString()).contains("HIHG");
            assertThat(kb.get("lastReload").get("at").asString()).isNotBlank();
            assertThat(post(profile(",\"csrCommitment\":\"NONE\"")).statusCode()).isEqualTo(200);
        } finally {
            Files.writeString(topic, good);
        }
        assertThat(awaitStatus("OK").get("version").asString()).isEqualTo(version);
    }

    @Test
    void brokenRulesAtStartUpAreDescribedAsAListNotAStackTrace() {
        var cause = new KnowledgeBaseException(List.of(new RuleError("topic.drl", 12, "in the then part of rule \"One\": HIHG cannot be resolved")));
        FailureAnalysis analysis = new KnowledgeBaseFailureAnalyzer().analyze(new BeanCreationException("knowledgeBaseHolder", cause));
        assertThat(analysis.getDescription()).isEqualTo("The rules have 1 error(s):\n"
                + "    topic.drl:12: error: in the then part of rule \"One\": HIHG cannot be resolved");
        assertThat(analysis.getAction()).contains("validate");
    }

    private JsonNode awaitStatus(String status) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        JsonNode kb = knowledgeBase();
        while (!kb.get("lastReload").get("status").asString().equals(status) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            kb = knowledgeBase();
        }
        assertThat(kb.get("lastReload").get("status").asString()).isEqualTo(status);
        return kb;
    }
}
