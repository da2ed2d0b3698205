package org.cxadvisor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.authoring.Finding;
import org.cxadvisor.authoring.RuleTests;
import org.cxadvisor.knowledge.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Runs the rule tests in {@code DIR/tests/*.yaml} against the rules in DIR; names each failing expectation with its
 * file and line and what came instead; exit 1 on a failure or a mistake in a test file.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the rule tests in DIR/tests/*.yaml; exit 1 on a failure.")
final class TestCommand implements Callable<Integer> {

    @Mixin
    RulesFolderParameter rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String prefix = rules.prefix();
        KnowledgeBase kb = Engine.knowledgeBase(rules.path());
        RuleTests.Suite suite = RuleTests.read(rules.path(), kb);
        AdviceEngine engine = Engine.adviceEngine();
        for (Finding error : suite.errors()) {
            out.println(error.format(prefix));
        }
        int passed = 0;
        List<RuleTests.Result> failed = new ArrayList<>();
        for (RuleTests.Case testCase : suite.cases()) {
            RuleTests.Result result = RuleTests.runSafely(testCase, kb, engine);
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
