package org.cxadvisor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;

/** A small rules folder written by a test, in a temp directory. */
public final class RulesFolder {

    /** The package and imports every fixture rule file starts with. */
    public static final String HEADER = """
            package cxadvisor;

            import org.cxadvisor.profile.*;
            import org.cxadvisor.advice.Advice;
            import org.cxadvisor.advice.Conclusion;
            import org.cxadvisor.advice.*;
            """;

    private final Path dir;

    private RulesFolder(Path dir) {
        this.dir = dir;
    }

    public static RulesFolder in(Path dir) {
        return new RulesFolder(dir);
    }

    public Path dir() {
        return dir;
    }

    /** A copy of the shipped {@code rules/} folder (rules, texts, tests, examples) at {@code target}; returns it. */
    public static Path copyOfShippedRules(Path target) {
        Path shipped = Path.of("rules");
        try (Stream<Path> paths = Files.walk(shipped)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path copy = target.resolve(shipped.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RulesFolder file(String relative, String content) {
        try {
            Path path = dir.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An advice rule with full metadata, as the conventions want it. */
    public static String adviceRule(String name, String adviceId, String condition, String priority) {
        return "rule \"" + name + "\"\n"
                + "    @category(\"SOCIAL_RESPONSIBILITY\") @adviceId(\"" + adviceId + "\") @kpoints(\"K10\") @source(\"geurtsen-2012\")\n"
                + "when\n    " + condition + "\nthen\n    insert(Advice.of(kcontext, Priority." + priority + "));\nend\n";
    }

    /** Texts in both languages for an advice id. */
    public static String texts(String... adviceIds) {
        StringBuilder yaml = new StringBuilder();
        for (String id : adviceIds) {
            yaml.append(id).append(":\n");
            for (String lang : new String[] {"en", "nl"}) {
                yaml.append("  ").append(lang).append(":\n    title: T ").append(id).append("\n    summary: S\n")
                        .append("    actions: [a]\n    rationale: R {csrCommitment}\n    measure: M\n");
            }
        }
        return yaml.toString();
    }

    /** The {@code ruleTexts:} section of a texts file: a Dutch sentence for each rule name. */
    public static String ruleTexts(String... ruleNames) {
        StringBuilder yaml = new StringBuilder("ruleTexts:\n");
        for (String name : ruleNames) {
            yaml.append("  ").append(name).append(":\n    nl: Regel ").append(name).append('\n');
        }
        return yaml.toString();
    }

    public KnowledgeBase load() {
        return new KnowledgeBaseLoader(Clock.systemUTC()).load(dir);
    }
}
