package org.cxadvisor.example;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.MalformedJsonException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shipped example company profiles, read-only, so that the pages offer the same examples as the documentation and
 * the rule tests instead of a copy of their own. A file that is not a JSON object is left out of the list.
 */
@RestController
class ExampleController {

    record Example(String name, String company) {
    }

    record ExampleList(List<Example> examples) {
    }

    private final Path rulesDir;

    ExampleController(@Value("${cxadvisor.rules-dir}") Path rulesDir) {
        this.rulesDir = rulesDir;
    }

    @Operation(summary = "The example company profiles: {examples: [{name, company}]}")
    @GetMapping("/api/examples")
    ExampleList list() {
        Path folder = Examples.folder(rulesDir);
        return new ExampleList(Examples.names(folder).stream()
                .flatMap(name -> profile(folder, name).stream().map(p -> new Example(name, String.valueOf(p.get("name")))))
                .toList());
    }

    @Operation(summary = "One example company profile, as POST /api/advice takes it; 404 for an unknown name")
    @GetMapping("/api/examples/{name}")
    Map<?, ?> example(@PathVariable("name") String name, Locale locale) {
        Path folder = Examples.folder(rulesDir);
        return profile(folder, name).orElseThrow(() -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    Messages.get(locale, "examples.problem.detail", name, String.join(", ", Examples.names(folder))));
            problem.setTitle(Messages.get(locale, "examples.problem.title"));
            return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        });
    }

    private static Optional<Map<?, ?>> profile(Path folder, String name) {
        return Examples.file(folder, name).flatMap(file -> {
            try {
                return JsonText.parse(Files.readAllBytes(file)) instanceof Map<?, ?> map
                        ? Optional.of(map) : Optional.empty();
            } catch (IOException | MalformedJsonException e) {
                return Optional.empty();
            }
        });
    }
}
