package org.cxadvisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example company profiles of a rules folder: {@code <rules>/examples/<name>.json}. They belong to the rules
 * (rule tests start from them, the knowledge-base page shows how their advice changes after an edit), so a copy of
 * the rules folder carries them along. The one place that says where they are: the README, the rule tests, the
 * pages and the command line all find them through this class.
 */
public final class Examples {

    public static final String FOLDER = "examples";
    private static final String SUFFIX = ".json";

    private Examples() {
    }

    public static Path folder(Path rulesDir) {
        return rulesDir.resolve(FOLDER);
    }

    /** The file of the example called {@code name} (with or without {@code .json}); it may not exist. */
    public static Path file(Path rulesDir, String name) {
        return folder(rulesDir).resolve(name.endsWith(SUFFIX) ? name : name + SUFFIX);
    }

    /** The names (without {@code .json}) of the examples in the rules folder, sorted; empty without a folder. */
    public static List<String> names(Path rulesDir) {
        Path folder = folder(rulesDir);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(SUFFIX) && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
