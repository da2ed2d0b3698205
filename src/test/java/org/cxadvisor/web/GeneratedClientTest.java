package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.BiFunction;
import org.cxadvisor.support.ApiClient;
import org.cxadvisor.support.GeneratedClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Java client that openapi-generator makes from the served OpenAPI description can call {@code POST /api/advice}:
 * it sends an example profile of rules/examples as its own model, and reads the whole report into its own models,
 * losing nothing the server sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeneratedClientTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void theGeneratedClientGetsAdviceForAnExampleProfile() throws Exception {
        String server = "http://localhost:" + port;
        BiFunction<String, String, String> call = GeneratedClient.generate(server + "/v3/api-docs", dir)
                .compileWith(Path.of("src/test/openapi-client/AdviceCall.java"))
                .load("org.cxadvisor.client.AdviceCall");
        String profile = Files.readString(Path.of("rules/examples/pub.json"));

        JsonNode read = JSON.readTree(call.apply(server, profile));

        assertThat(read.get("advice").isEmpty()).isFalse();
        assertThat(read.get("advice").get(0).get("title").asString()).isNotBlank();
        JsonNode sent = new ApiClient(port).post("/api/advice?lang=en", profile, "Content-Type", "application/json").json();
        assertThat(oneTimeSpelling(read)).isEqualTo(oneTimeSpelling(sent));
    }

    /** The report with its load time spelt one way: Jackson 2 and 3 write fractions of a second differently. */
    private static JsonNode oneTimeSpelling(JsonNode report) {
        ObjectNode stamp = (ObjectNode) report.get("knowledgeBase");
        stamp.put("loadedAt", Instant.parse(stamp.get("loadedAt").asString()).toString());
        return report;
    }
}
