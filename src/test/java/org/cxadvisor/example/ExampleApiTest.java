package org.cxadvisor.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxadvisor.support.ApiClient;
import org.cxadvisor.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The shipped example profiles over HTTP, read from the one folder {@link Examples#folder} names: the rules folder's own. */
class ExampleApiTest extends HttpTest {

    @Test
    void theShippedExamplesAreListedWithTheirCompanies() throws IOException {
        ApiClient.Response list = api.get("/api/examples");
        assertThat(list.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        list.json().at("/examples").forEach(e -> names.add(e.at("/name").asString()));
        assertThat(names).isEqualTo(Examples.names(Path.of("rules/examples")))
                .contains("pub", "budget-web-shop");
        assertThat(list.json().at("/examples/0/company").asString()).isEqualTo("Van Dijk Verpakkingsmachines");
    }

    @Test
    void anExampleIsTheProfileAsShipped() throws IOException {
        ApiClient.Response pub = api.get("/api/examples/pub");
        assertThat(pub.status()).isEqualTo(200);
        assertThat(pub.json()).isEqualTo(JsonMapper.builder().build().readTree(
                Files.readString(Path.of("rules/examples/pub.json"))));
        // the same profile gives advice
        assertThat(api.post("/api/advice", pub.body(), "Content-Type", "application/json").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-company", "README", "Pub", "pub.json"})
    void anUnknownNameIsA404ProblemNamingTheExamples(String name) {
        ApiClient.Response missing = api.get("/api/examples/" + name + "?lang=en");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().at("/title").asString()).isEqualTo("Unknown example");
        assertThat(missing.json().at("/detail").asString()).contains("pub", "budget-web-shop");
    }

    @Test
    void theExamplesAreTheRulesFoldersOwn(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.createDirectories(dir.resolve("docs/examples"));
        Files.writeString(dir.resolve("docs/examples/beside.json"), "{\"name\": \"Beside\"}");
        assertThat(Examples.names(Examples.folder(rules))).as("nothing outside the rules folder").isEmpty();
        Files.createDirectories(rules.resolve("examples"));
        Files.writeString(rules.resolve("examples/shop.json"), "{\"name\": \"Shop\"}");
        Files.writeString(rules.resolve("examples/Not A Name.json"), "{}");
        assertThat(Examples.folder(rules)).isEqualTo(rules.resolve("examples"));
        assertThat(Examples.names(Examples.folder(rules))).containsExactly("shop");
        assertThat(Examples.file(Examples.folder(rules), "../rules/examples/shop")).isEmpty();
    }
}
