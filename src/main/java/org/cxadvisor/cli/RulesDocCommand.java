package org.cxadvisor.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.cxadvisor.authoring.RulesDoc;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;

/** {@code rules-doc [DIR] [--out FILE]}: writes the rule reference generated from the rules' metadata. */
final class RulesDocCommand implements Command {

    @Override
    public String name() {
        return "rules-doc";
    }

    @Override
    public String usage() {
        return "[DIR] [--out FILE]   write the rule reference (default DIR: rules, FILE: DIR/../docs/rules.md)";
    }

    @Override
    public Set<String> options() {
        return Set.of("out");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() > 1) {
            throw new UsageException("give at most one rules folder");
        }
        Path dir = Path.of(args.positional().isEmpty() ? Cli.DEFAULT_RULES_DIR : args.positional().get(0));
        KnowledgeBase kb = new KnowledgeBaseLoader(Clock.systemUTC()).load(dir);
        Path target = Path.of(args.option("out",
                dir.toAbsolutePath().normalize().resolveSibling("docs").resolve("rules.md").toString()));
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, RulesDoc.render(kb), StandardCharsets.UTF_8);
        out.println("Wrote " + target + ": " + kb.rules().size() + " rules from " + kb.files().size() + " files.");
        return 0;
    }
}
