package org.cxadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.support.ShippedRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the business users' rule tests ({@code rules/tests/*.yaml}) against the shipped rules as part of
 * {@code ./mvnw verify}: one JUnit test per YAML case, plus one failing test per mistake in a test file, and one
 * that fails when no cases are found.
 */
class ShippedRuleTestsTest {

    @TestFactory
    List<DynamicTest> ruleTests() {
        var kb = ShippedRules.knowledgeBase();
        RuleTests.Suite suite = RuleTests.read(ShippedRules.RULES_DIR, kb);
        AdviceEngine engine = new AdviceEngine(10_000);
        List<DynamicTest> tests = new ArrayList<>();
        // Without cases the factory would make no test at all, and a missing folder would pass unseen.
        tests.add(DynamicTest.dynamicTest("rules/tests holds rule tests",
                () -> assertThat(suite.cases()).as("rule tests found in rules/tests").isNotEmpty()));
        for (Finding error : suite.errors()) {
            tests.add(DynamicTest.dynamicTest("rules/" + error.file() + ":" + error.line() + " is a valid test",
                    () -> assertThat(error.format("rules/")).as("mistake in a rule test file").isNull()));
        }
        for (RuleTests.Case testCase : suite.cases()) {
            tests.add(DynamicTest.dynamicTest("rules/" + testCase.where() + " " + testCase.name(), () -> {
                RuleTests.Result result = RuleTests.run(testCase, kb, engine);
                assertThat(result.failures().stream().map(f -> "rules/" + testCase.file() + ":" + f.line() + ": " + f.message())
                        .collect(Collectors.joining("\n"))).as(testCase.name()).isEmpty();
            }));
        }
        return tests;
    }
}
