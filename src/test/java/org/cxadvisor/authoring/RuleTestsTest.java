package org.cxadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cxadvisor.advice.AdviceCategory;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.cli.Cli;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The YAML rule-test runner on the fixture folder src/test/resources/ruletests (rules, examples and tests). */
class RuleTestsTest {

    static final Path RULES = Path.of("src/test/resources/ruletests/rules");
    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = RulesFolder.in(RULES).load();
    }

    private static RuleTests.Suite read(String yaml) {
        return RuleTests.read("tests/t.yaml", yaml, kb, RULES);
    }

    private static List<String> errors(String yaml) {
        return read(yaml).errors().stream().map(f -> f.format("")).toList();
    }

    @Test
    void examplesAndNestedChangesMakeTheProfileAndEachFailingExpectationIsNamedWithItsLine() {
        RuleTests.Suite suite = RuleTests.read(RULES, kb);
        assertThat(suite.errors()).isEmpty();
        assertThat(suite.cases()).hasSize(2);
        AdviceEngine engine = new AdviceEngine(10_000);

        RuleTests.Result pass = RuleTests.run(suite.cases().get(0), kb, engine);
        assertThat(pass.failures()).isEmpty();
        assertThat(pass.testCase().where()).isEqualTo("tests/pub.yaml:3");

        RuleTests.Case changed = suite.cases().get(1);
        assertThat(changed.profile().employeeEngagement()).isEqualTo(2);
        assertThat(changed.profile().customerValue().emotional()).isEqualTo(2);
        assertThat(changed.profile().customerValue().symbolic()).isEqualTo(3);
        RuleTests.Result fail = RuleTests.run(changed, kb, engine);
        assertThat(fail.failures()).extracting(f -> f.line() + ": " + f.message()).containsExactly(
                "17: expected advice 'select-on-attitude', but it was not given (given: engage-unhappy-staff)",
                "18: expected advice 'engage-unhappy-staff' with LOW priority, but it had HIGH",
                "19: expected VALUE_FOCUS = EMOTIONAL, but it was BALANCED (rule \"Customers who seek practical and"
                        + " emotional value alike have a balanced value focus\")",
                "20: expected advice in category SENSES, but there was none (categories given: AMBASSADORS)",
                "21: expected no advice in category AMBASSADORS, but got: engage-unhappy-staff");
    }

    @Test
    void theTestCommandPrintsEachFailureWithFileAndLineAndExitsOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"test", RULES.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(text).contains("PASS " + RULES + "/tests/pub.yaml:3: The pub is entertainment-driven")
                .contains("FAIL " + RULES + "/tests/pub.yaml:10: Unhappy staff in the pub")
                .contains("     " + RULES + "/tests/pub.yaml:18: expected advice 'engage-unhappy-staff' with LOW priority, but it had HIGH")
                .contains("1 passed, 1 failed");
    }

    @Test
    void unknownKeysAreErrorsWithTheirLineAndASuggestion() {
        assertThat(errors("""
                tests:
                  - name: typo
                    given:
                      example: pub
                    expect:
                      advise: [engage-unhappy-staff]
                """)).containsExactly("tests/t.yaml:6: error: unknown key 'advise' in 'expect:'; allowed: advice,"
                + " categories, conclusions, first, noAdvice, noCategories, now, priority, strengths (did you mean 'advice'?)");
        assertThat(errors("""
                test:
                  - name: x
                """)).singleElement().asString().startsWith("tests/t.yaml:1: error: unknown key 'test' in the file");
    }

    @Test
    void unknownAdviceIdsCategoriesConclusionsAndPrioritiesAreErrors() {
        List<String> errors = errors("""
                tests:
                  - name: x
                    given:
                      example: pub
                    expect:
                      advice: [engage-unhapy-staff]
                      noCategories: [HAPPINESS]
                      conclusions: {QUADRANT: UTILITY}
                      priority: {engage-unhappy-staff: URGENT}
                """);
        assertThat(errors).containsExactly(
                "tests/t.yaml:6: error: unknown advice id 'engage-unhapy-staff': no rule gives it (did you mean 'engage-unhappy-staff'?)",
                "tests/t.yaml:7: error: unknown category 'HAPPINESS'; categories: " + AdviceCategory.names(),
                "tests/t.yaml:8: error: unknown conclusion type 'QUADRANT'; known: EXPERIENCE_QUADRANT, EXPERIENCE_TACTICS,"
                        + " RELATIONSHIP_GAP, SECTOR_FIT, STRATEGY_TRACK, VALUE_FOCUS",
                "tests/t.yaml:9: error: priority of 'engage-unhappy-staff' must be HIGH, MEDIUM or LOW, not 'URGENT'");
        assertThat(read("tests:\n  - name: x\n    given: {example: pub}\n    expect: {advice: [engage-unhapy-staff]}\n").cases()).isEmpty();
    }

    @Test
    void aBadProfileOrAMissingExampleIsAnErrorNotACrash() {
        assertThat(errors("""
                tests:
                  - name: bad profile
                    given:
                      example: pub
                      changes:
                        employeeEngagement: 9
                        csrCommitment: LOTS
                    expect:
                      noAdvice: [engage-unhappy-staff]
                """)).singleElement().asString().startsWith("tests/t.yaml:6: error: the profile of test 'bad profile' is not valid:")
                .contains("employeeEngagement").contains("csrCommitment");
        assertThat(errors("""
                tests:
                  - name: no such example
                    given:
                      example: bakery
                    expect:
                      noAdvice: [engage-unhappy-staff]
                """)).singleElement().asString().startsWith("tests/t.yaml:4: error: no example 'bakery'").contains("examples: pub");
        assertThat(errors("""
                tests:
                  - name: unknown field
                    given:
                      example: pub
                      changes:
                        employeeEngagment: 2
                    expect:
                      noAdvice: [engage-unhappy-staff]
                """)).containsExactly("tests/t.yaml:6: error: unknown profile field 'employeeEngagment' in 'changes:'"
                + " (did you mean 'employeeEngagement'?)");
    }

    @Test
    void aFullProfileAndNullChangesWork() {
        RuleTests.Suite suite = read("""
                tests:
                  - name: full profile, engagement made unknown
                    given:
                      profile:
                        name: X
                        sector: OTHER
                        market: B2B
                        offering: SERVICE
                        pricePositioning: PREMIUM
                        processValue: 4
                        entertainmentValue: 1
                        employeeEngagement: 1
                      changes:
                        employeeEngagement: null
                    expect:
                      noAdvice: [engage-unhappy-staff]
                      conclusions: {EXPERIENCE_QUADRANT: PROCESS_DRIVEN, VALUE_FOCUS: null}
                """);
        assertThat(suite.errors()).isEmpty();
        assertThat(suite.cases().get(0).profile().employeeEngagement()).isNull();
        assertThat(RuleTests.run(suite.cases().get(0), kb, new AdviceEngine(10_000)).failures()).isEmpty();
    }

    @Test
    void brokenYamlIsAnErrorWithItsLine() {
        assertThat(errors("tests:\n  - name: x\n    given: [\n")).singleElement().asString()
                .startsWith("tests/t.yaml:").contains("not valid YAML");
    }
}
