package org.cxadvisor.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the example company profiles are: the one place that says so, for the rule tests ({@code example:}), the
 * pages ({@code GET /api/examples}), the command line and the README. They live in {@code examples/} inside the rules
 * folder, so that a copy of the rules folder carries them along; the documentation's example reports are made from them.
 */
public final class Examples {

    /** The folder's name inside the rules folder. */
    public static final String FOLDER = "examples";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private Examples() {
    }

    public static Path folder(Path rulesDir) {
        return rulesDir.resolve(FOLDER);
    }

    /** The names of the examples in a folder (file names without .json), sorted; none when there is no folder. */
    public static List<String> names(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).filter(n -> NAME.matcher(n).matches())
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The file of an example by name (never outside the folder: a name is lower-case letters, digits and dashes). */
    public static Optional<Path> file(Path folder, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name + ".json");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
