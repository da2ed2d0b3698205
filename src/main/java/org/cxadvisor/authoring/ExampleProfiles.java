package org.cxadvisor.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cxadvisor.example.Examples;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.MalformedJsonException;
import org.yaml.snakeyaml.nodes.Node;

import static org.cxadvisor.authoring.YamlNodes.line;
import static org.cxadvisor.authoring.YamlNodes.scalarText;

/**
 * The example profiles a rule test may start from, in the folder {@link Examples#folder} finds (the same files the
 * documentation and the pages show), so that tests and docs describe the same companies.
 */
final class ExampleProfiles {

    static final String FOLDER = "docs/examples";

    private final TestFile file;
    private final Path folder;

    ExampleProfiles(TestFile file, Path folder) {
        this.file = file;
        this.folder = folder;
    }

    /** The example named by an {@code example:} node as JSON; null, with the mistake reported, if there is none. */
    Map<String, Object> read(Node node) {
        String name = scalarText(node);
        if (name == null || name.isBlank()) {
            file.error(line(node), "'example:' needs the name of a file in " + FOLDER);
            return null;
        }
        Path path = folder.resolve(name.endsWith(".json") ? name : name + ".json");
        if (!Files.isRegularFile(path)) {
            String known = knownExamples();
            file.error(line(node), "no example '" + name + "' (looked for " + path + ")"
                    + (known.isEmpty() ? "" : "; examples: " + known));
            return null;
        }
        try {
            Object json = JsonText.parse(Files.readAllBytes(path));
            if (json instanceof Map<?, ?>) {
                return YamlNodes.copy(json);
            }
            file.error(line(node), "example '" + name + "' is not a JSON object");
        } catch (MalformedJsonException e) {
            file.error(line(node), "example '" + name + "' is not valid JSON: " + e.getMessage());
        } catch (IOException e) {
            file.error(line(node), "cannot read example '" + name + "': " + e.getMessage());
        }
        return null;
    }

    private String knownExamples() {
        return String.join(", ", Examples.names(folder));
    }
}
