package org.cxadvisor.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.FieldGroup;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.ProfileField;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Completes the profile's schemas (generated from the {@code CompanyProfile} and {@code CustomerValue} records) from
 * {@link ProfileField}, the one table of fields: required fields, ranges, text lengths, labels, no unknown fields.
 * And gives the request bodies the example profiles of {@code rules/examples} and the scenarios of
 * {@code docs/examples/scenarios} (both on the classpath under {@code examples/}), so that Swagger UI's form starts
 * from a real profile.
 */
@Component
class ProfileOpenApi implements OpenApiCustomizer {

    private static final Map<String, String> EXAMPLES = Map.of(
            "/api/advice", "examples/*.json",
            "/api/scenarios", "examples/scenarios/*.json",
            "/api/scenarios/export", "examples/scenarios/*.json");

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Optional.ofNullable(schemas.get("CompanyProfile")).ifPresent(s -> complete(s, null));
        for (FieldGroup group : FieldGroup.values()) {
            // the group's schema is named after its record: find it through the profile's property
            Optional.ofNullable(schemas.get("CompanyProfile")).map(s -> (Schema<?>) s.getProperties().get(group.key()))
                    .map(Schema::get$ref).ifPresent(ref -> complete(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)), group));
        }
        EXAMPLES.forEach((path, pattern) -> Optional.ofNullable(openApi.getPaths().get(path))
                .map(item -> item.getPost()).map(Operation::getRequestBody)
                .map(body -> body.getContent().get("application/json"))
                .ifPresent(media -> examples(pattern).forEach(media::addExamples)));
    }

    /** The fields of the profile (group == null) or of one group, as the table says. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void complete(Schema schema, FieldGroup group) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            if (field.group().orElse(null) != group) {
                continue;
            }
            String name = group == null ? field.path() : group.partKey(field);
            Schema property = (Schema) schema.getProperties().get(name);
            if (property == null) {
                continue;
            }
            property.setDescription(Messages.get(Messages.ENGLISH, "field." + field.path()));
            switch (field.kind()) {
                case TEXT -> property.minLength(field.min()).maxLength(field.max());
                case SCALE, WHOLE_NUMBER, PERCENT -> property.minimum(java.math.BigDecimal.valueOf(field.min()))
                        .maximum(java.math.BigDecimal.valueOf(field.max()));
                default -> { }
            }
            if (field.required() || group != null) {
                required.add(name);
            }
        }
        schema.setRequired(required);
        schema.setAdditionalProperties(false);
    }

    private static Map<String, Example> examples(String pattern) {
        Map<String, Example> examples = new LinkedHashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                String name = file.getFilename().replaceFirst("\\.json$", "");
                examples.put(name, new Example().summary(name).value(JsonText.parse(file.getContentAsByteArray())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }
}
