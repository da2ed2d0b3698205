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
 * The example profiles a rule test may start from: {@code <rules>/examples/<name>.json} ({@link Examples}), the same
 * files the documentation's example reports are made from, so that tests and docs describe the same companies.
 */
final class ExampleProfiles {

    /** How a message names the folder: relative to the rules folder, as the business user sees it. */
    static final String FOLDER = Examples.FOLDER + "/";

    private final TestFile file;
    private final Path rulesDir;

    ExampleProfiles(TestFile file, Path rulesDir) {
        this.file = file;
        this.rulesDir = rulesDir;
    }

    /** The example named by an {@code example:} node as JSON; null, with the mistake reported, if there is none. */
    Map<String, Object> read(Node node) {
        String name = scalarText(node);
        if (name == null || name.isBlank()) {
            file.error(line(node), "'example:' needs the name of a file in " + FOLDER);
            return null;
        }
        Path folder = Examples.folder(rulesDir);
        Path path = folder.resolve(name.endsWith(".json") ? name : name + ".json");
        if (!Files.isRegularFile(path)) {
            String known = String.join(", ", Examples.names(folder));
            file.error(line(node), "no example '" + name + "' (looked for " + FOLDER + path.getFileName() + " in the rules folder)"
                    + (known.isEmpty() ? "; put example profiles in " + FOLDER : "; examples: " + known));
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
}
