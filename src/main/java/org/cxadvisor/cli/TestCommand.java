package org.cxadvisor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.authoring.Finding;
import org.cxadvisor.authoring.RuleTests;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;

/**
 * {@code test [DIR]}: runs the rule tests in {@code DIR/tests/*.yaml} against the rules in DIR; names each failing
 * expectation with its file and line and what came instead; exit 1 on a failure or a mistake in a test file.
 */
final class TestCommand implements Command {

    @Override
    public String name() {
        return "test";
    }

    @Override
    public String usage() {
        return "[DIR]   run the rule tests in DIR/tests/*.yaml (default DIR: rules); exit 1 on a failure";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        if (args.positional().size() > 1) {
            throw new UsageException("give at most one rules folder");
        }
        String dir = args.positional().isEmpty() ? Cli.DEFAULT_RULES_DIR : args.positional().get(0);
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        Path rulesDir = Path.of(dir);
        KnowledgeBase kb = new KnowledgeBaseLoader(Clock.systemUTC()).load(rulesDir);
        RuleTests.Suite suite = RuleTests.read(rulesDir, kb);
        AdviceEngine engine = new AdviceEngine(Cli.MAX_FIRINGS);
        for (Finding error : suite.errors()) {
            out.println(error.format(prefix));
        }
        int passed = 0;
        List<RuleTests.Result> failed = new ArrayList<>();
        for (RuleTests.Case testCase : suite.cases()) {
            RuleTests.Result result;
            try {
                result = RuleTests.run(testCase, kb, engine);
            } catch (RuntimeException e) {
                result = new RuleTests.Result(testCase, List.of(new RuleTests.Failure(testCase.line(),
                        "the rules could not be run: " + e.getMessage())));
            }
            if (result.passed()) {
                passed++;
                out.println("PASS " + prefix + testCase.where() + ": " + testCase.name());
            } else {
                failed.add(result);
                out.println("FAIL " + prefix + testCase.where() + ": " + testCase.name());
                for (RuleTests.Failure failure : result.failures()) {
                    out.println("     " + prefix + testCase.file() + ":" + failure.line() + ": " + failure.message());
                }
            }
        }
        out.println();
        if (suite.files().isEmpty()) {
            out.println("No rule tests: put them in " + prefix + "tests/*.yaml (see docs/authoring.md).");
        }
        out.println("Ran " + suite.cases().size() + " rule test(s) from " + suite.files().size() + " file(s) on knowledge base "
                + kb.version() + (suite.errors().isEmpty() ? "" : "; " + suite.errors().size() + " mistake(s) in the test files, counted as failed"));
        // A test that could not be read counts as failed: it did not show that the rules do what it says.
        out.println(passed + " passed, " + (failed.size() + suite.errors().size()) + " failed");
        return failed.isEmpty() && suite.errors().isEmpty() ? 0 : 1;
    }
}
