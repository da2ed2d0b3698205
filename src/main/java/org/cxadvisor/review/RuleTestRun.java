package org.cxadvisor.review;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.authoring.Finding;
import org.cxadvisor.authoring.RuleTests;
import org.cxadvisor.knowledge.KnowledgeBase;

/** The rule tests of the rules folder, run on one knowledge base, each with its result: what {@code test} prints. */
record RuleTestRun(String version, Instant at, int passed, int failed, List<Case> cases, List<Mistake> mistakes) {

    /** One test: where it is, its name, and the expectations that failed (none when it passed). */
    record Case(String file, int line, String name, boolean passed, List<RuleTests.Failure> failures) {
    }

    /** A mistake in a test file itself, or why the tests could not be run at all. */
    record Mistake(String file, int line, String message) {
    }

    static RuleTestRun of(Path rulesDir, KnowledgeBase kb, AdviceEngine engine, Instant at) {
        RuleTests.Suite suite = RuleTests.read(rulesDir, kb);
        List<Case> cases = suite.cases().stream().map(c -> RuleTests.runSafely(c, kb, engine))
                .map(r -> new Case(r.testCase().file(), r.testCase().line(), r.testCase().name(), r.passed(), r.failures()))
                .toList();
        List<Mistake> mistakes = suite.errors().stream().map(RuleTestRun::mistake).toList();
        int passed = (int) cases.stream().filter(Case::passed).count();
        // a test file that could not be read counts as failed, as on the command line
        return new RuleTestRun(kb.version(), at, passed, cases.size() - passed + mistakes.size(), cases, mistakes);
    }

    static RuleTestRun failed(KnowledgeBase kb, Instant at, String why) {
        return new RuleTestRun(kb.version(), at, 0, 1, List.of(), List.of(new Mistake("tests", 0,
                "the rule tests could not be run: " + why)));
    }

    private static Mistake mistake(Finding finding) {
        return new Mistake(finding.file(), finding.line(), finding.message());
    }
}
