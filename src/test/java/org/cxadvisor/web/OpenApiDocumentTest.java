package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cxadvisor.profile.FieldGroup;
import org.cxadvisor.profile.ProfileField;
import org.cxadvisor.support.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI description the server generates is valid, and describes the main call well enough to use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    private OpenAPI api;
    private SwaggerParseResult parsed;

    @BeforeEach
    void read() {
        ApiClient.Response docs = new ApiClient(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIV3Parser().readContents(docs.body(), null, options);
        api = parsed.getOpenAPI();
    }

    @Test
    void theDocumentValidatesAndHasATitleAndVersion() {
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(api.getInfo().getTitle()).isEqualTo("CX Advisor API");
        assertThat(api.getInfo().getVersion()).isNotBlank().isNotEqualTo("v0");
    }

    @Test
    void adviceRequestSchemaListsEveryProfileFieldWithTheRequiredOnes() {
        Operation advice = api.getPaths().get("/api/advice").getPost();
        Schema<?> body = schema(advice.getRequestBody().getContent().get("application/json").getSchema());
        Set<String> expected = Stream.concat(
                Stream.of(ProfileField.values()).filter(f -> f.group().isEmpty()).map(ProfileField::path),
                Stream.of(FieldGroup.values()).map(FieldGroup::key)).collect(Collectors.toSet());
        assertThat(body.getProperties().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(body.getRequired()).containsExactlyInAnyOrderElementsOf(
                Stream.of(ProfileField.values()).filter(ProfileField::required).map(ProfileField::path).toList());
        assertThat(schema(body.getProperties().get("employeeEngagement")).getMaximum()).isEqualByComparingTo("5");
        assertThat(schema(body.getProperties().get("sector")).getEnum()).hasSize(11);
        assertThat(schema(body.getProperties().get("customerValue")).getProperties()).containsOnlyKeys(
                "functional", "economic", "emotional", "symbolic");
        assertThat(advice.getRequestBody().getContent().get("application/json").getExamples()).containsKey("pub");
        assertThat(schema(advice.getResponses().get("200").getContent().values().iterator().next().getSchema())
                .getProperties()).containsKeys("conclusions", "advice", "openQuestions", "knowledgeBase");
    }

    @Test
    void everyEndpointInWordsTakesLangAndEveryJsonPostNamesItsProblems() {
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            List<String> parameters = operation.getParameters() == null ? List.of()
                    : operation.getParameters().stream().map(Parameter::getName).toList();
            if (path.startsWith("/api/advice") || path.startsWith("/api/scenarios") || path.equals("/api/texts")
                    || path.equals("/api/profile/schema")) {
                assertThat(parameters).as(path).contains("lang");
                assertThat(operation.getResponses()).as(path).containsKey("400");
                assertThat(operation.getResponses().get("400").getContent()).as(path).containsKey("application/problem+json");
            }
            if (operation.getRequestBody() != null && path.startsWith("/api/")) {
                assertThat(operation.getResponses()).as(path).containsKeys("400", "413", "415");
                assertThat(operation.getRequestBody().getContent().values().iterator().next().getSchema()).as(path).isNotNull();
            }
        }));
        assertThat(api.getComponents().getSchemas().get("Problem").getProperties()).containsKeys("title", "status", "errors");
        assertThat(api.getPaths().get("/api/scenarios").getPost().getRequestBody().getContent().get("application/json")
                .getExamples()).containsKey("price-fighter");
    }

    private Schema<?> schema(Schema<?> schema) {
        return schema.get$ref() == null ? schema
                : api.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
    }
}
