package org.cxadvisor.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.cxadvisor.authoring.RulesDoc;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes only where it is told: to standard output, or to {@code --out FILE}; never beside the rules folder unasked. */
@Command(name = "rules-doc", mixinStandardHelpOptions = true,
        description = "The rule reference (Markdown), generated from the rules' metadata: to standard output or --out FILE.")
final class RulesDocCommand implements Callable<Integer> {

    @Mixin
    RulesFolderParameter rules;

    @Option(names = "--out", paramLabel = "FILE", description = "write it to FILE (e.g. docs/rules.md) instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KnowledgeBase kb = new KnowledgeBaseLoader(Clock.systemUTC()).load(rules.path());
        String doc = RulesDoc.render(kb);
        if (out == null) {
            spec.commandLine().getOut().print(doc);
            return 0;
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(out, doc, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("Wrote " + out + ": " + kb.rules().size() + " rules from " + kb.files().size() + " files.");
        return 0;
    }
}
