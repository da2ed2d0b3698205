package org.cxadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cxadvisor.advice.AdviceCategory;
import org.cxadvisor.authoring.NewTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Starts a topic: its rules, texts and rule-test files, which pass {@code validate} as they are. */
@Command(name = "new-topic", mixinStandardHelpOptions = true,
        description = "Start a new topic in DIR: NAME.drl (or NAME.dslr with --dsl), NAME.texts.yaml and tests/NAME.yaml;"
                + " its rule is switched off until you have written it.")
final class NewTopicCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "lower-case words joined by hyphens, e.g. loyalty-programme")
    String name;

    @Mixin
    RulesFolderParameter rules;

    @Option(names = "--dsl", description = "write the rule in the rule language (sentences of cx-advisor.dsl) instead of DRL")
    boolean dsl;

    @Option(names = "--category", defaultValue = "EMOTIONAL_CONNECTION", paramLabel = "CATEGORY",
            description = "the advice category (default: ${DEFAULT-VALUE}; one of ${COMPLETION-CANDIDATES})")
    AdviceCategory category;

    @Option(names = "--kpoints", defaultValue = "K19", split = ",", paramLabel = "K1,K2",
            description = "the knowledge-map points it carries (default: ${DEFAULT-VALUE})")
    List<String> kpoints;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> written = new NewTopic(rules.path(), name, dsl, category, kpoints.stream().map(String::strip).toList())
                .create();
        written.forEach(file -> out.println("Created " + file));
        out.println();
        out.println("Its rule is switched off (enabled false) until you have written it: docs/authoring.md, section 1,");
        out.println("says how. Check the topic with: validate " + rules.dir + "   and   test " + rules.dir);
        return 0;
    }
}
