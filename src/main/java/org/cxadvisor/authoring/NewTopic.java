package org.cxadvisor.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxadvisor.advice.AdviceCategory;
import org.cxadvisor.example.Examples;
import org.cxadvisor.knowledge.KnowledgeMap;
import org.cxadvisor.knowledge.RuleFiles;

/**
 * A new topic in a rules folder: its rules file with the header a rule file needs (package, imports, and for the
 * rule language the {@code expander} line), its texts file with an English and a Dutch skeleton, and its rule-test
 * file. The one rule is written but switched off ({@code enabled false}), so that the topic passes {@code validate}
 * and goes live at once without changing anything for clients until its author has written it.
 */
public final class NewTopic {

    /** A topic name is also its advice id and its file names: lower-case words joined by hyphens. */
    public static final String NAME_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private final Path rulesDir;
    private final String name;
    private final boolean dsl;
    private final AdviceCategory category;
    private final List<String> kpoints;

    public NewTopic(Path rulesDir, String name, boolean dsl, AdviceCategory category, List<String> kpoints) {
        if (!name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("'" + name + "' is not a topic name: use lower-case words joined by"
                    + " hyphens, e.g. loyalty-programme (it becomes the file names and the advice id)");
        }
        kpoints.stream().filter(k -> !KnowledgeMap.isKpoint(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("'" + k + "' is not a K-point (K1..K29, see docs/knowledge-map.md)");
        });
        this.rulesDir = rulesDir;
        this.name = name;
        this.dsl = dsl;
        this.category = category;
        this.kpoints = List.copyOf(kpoints);
    }

    /** The files it would write, by path, in the order written. */
    public Map<Path, String> files() {
        NewTopicText text = new NewTopicText(name, category.name(), String.join(", ", kpoints),
                String.join(", ", KnowledgeMap.bySource(kpoints).keySet()), example());
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(rulesDir.resolve(name + (dsl ? ".dslr" : ".drl")), dsl ? text.dslr() : text.drl());
        files.put(rulesDir.resolve(name + RuleFiles.TEXTS_SUFFIX), text.texts());
        files.put(rulesDir.resolve(RuleFiles.TESTS_FOLDER).resolve(name + ".yaml"), text.tests());
        return files;
    }

    /** Writes the files; refuses, before writing any, when the folder is missing or one of them already exists. */
    public List<Path> create() throws IOException {
        if (!Files.isDirectory(rulesDir)) {
            throw new IllegalArgumentException(rulesDir + " is not a rules folder (it does not exist or is not a folder)");
        }
        Map<Path, String> files = files();
        List<Path> taken = new ArrayList<>(files.keySet().stream().filter(Files::exists).toList());
        for (String other : List.of(".drl", ".dslr")) {
            Path sibling = rulesDir.resolve(name + other);
            if (Files.exists(sibling) && !taken.contains(sibling)) {
                taken.add(sibling);
            }
        }
        if (!taken.isEmpty()) {
            throw new IllegalArgumentException(taken.get(0) + " already exists: choose another topic name, or edit"
                    + " that topic's files (nothing was written)");
        }
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
        }
        return List.copyOf(files.keySet());
    }

    /** The first example profile of the folder for the rule test, or null when the folder has none. */
    private String example() {
        List<String> names = Examples.names(Examples.folder(rulesDir));
        return names.isEmpty() ? null : names.get(0);
    }
}
