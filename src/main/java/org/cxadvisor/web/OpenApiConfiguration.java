package org.cxadvisor.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's frame: title and version, the {@code lang} parameter and {@code Accept-Language} header
 * of every endpoint that answers in words, and the problem responses every endpoint can give. The request and
 * response schemas come from the controllers' records; the profile's are completed by {@code ProfileOpenApi}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI cxAdvisorOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI().info(new Info().title("CX Advisor API")
                .version(properties == null ? "development" : properties.getVersion())
                .description("A company profile in, prioritised and explained customer-experience advice out; what-if "
                        + "scenarios over the same rules. The contract in words: docs/api.md in the repository."));
    }

    @Bean
    OpenApiCustomizer problemSchema() {
        return openApi -> ModelConverters.getInstance().readAll(Problem.class)
                .forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
    }

    @Bean
    OperationCustomizer languageAndProblems() {
        return (operation, handler) -> {
            boolean words = Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == Locale.class);
            boolean json = handler.hasMethodAnnotation(JsonPost.class) || operation.getRequestBody() != null;
            if (words) {
                operation.addParametersItem(new QueryParameter().name(LanguageResolver.PARAMETER)
                        .description("The answer's language; without it Accept-Language decides, else English")
                        .schema(new StringSchema()._enum(List.of("en", "nl"))));
                operation.addParametersItem(new HeaderParameter().name("Accept-Language")
                        .description("Used when lang is not given: nl (nl-BE, ...) for Dutch, else English")
                        .schema(new StringSchema()));
            }
            if (words || json) {
                operation.getResponses().addApiResponse("400", problem(json
                        ? "Invalid request: every offending field is named in errors"
                        : "Unsupported lang"));
            }
            if (json) {
                operation.getResponses().addApiResponse("413", problem("Request body over 64 KiB"));
                operation.getResponses().addApiResponse("415", problem("Content type other than JSON"));
                operation.getResponses().addApiResponse("500", problem("The rules could not finish (the rule is named)"));
            }
            return operation;
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
