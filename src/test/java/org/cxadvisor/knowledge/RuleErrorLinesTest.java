package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors name the file relative to the rules folder and the real line, also inside a then part and in a .dslr. */
class RuleErrorLinesTest {

    @TempDir
    Path dir;

    private KnowledgeBaseException failure(RulesFolder folder) {
        return (KnowledgeBaseException) org.assertj.core.api.Assertions.catchThrowable(folder::load);
    }

    @Test
    void anErrorInTheThenPartIsReportedAtItsOwnLine() {
        var folder = RulesFolder.in(dir).file("sub/broken.drl", RulesFolder.HEADER + """

                rule "Broken then"
                when
                    CompanyProfile( csrCommitment == CsrCommitment.NONE )
                then
                    int unused = 1;
                    insert(Advice.of(kcontext, Priority.HIHG));
                end
                """);
        var errors = failure(folder).errors();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).file()).isEqualTo("sub/broken.drl");
        assertThat(errors.get(0).line()).isEqualTo(13); // the insert line, not the rule's first line (8)
        assertThat(errors.get(0).message()).contains("Broken then").contains("HIHG");
    }

    @Test
    void anErrorOnTheThenLineItselfAndInASecondRuleAreBothPlaced() {
        var folder = RulesFolder.in(dir).file("a.drl", RulesFolder.HEADER + """
                rule "First"
                when
                    $p : CompanyProfile( $e : employeeEngagement != null )
                then   insert(Advice.of(kcontext, Priority.LWO));
                end

                rule "Second"
                when
                    CompanyProfile( )
                then
                    String s = 42;
                end
                """);
        var errors = failure(folder).errors();
        assertThat(errors).extracting(RuleError::line).containsExactlyInAnyOrder(10, 17);
    }

    @Test
    void aMisspeltFieldIsReportedAtItsLineWithAPlainHint() {
        var folder = RulesFolder.in(dir).file("a.drl", RulesFolder.HEADER + """
                rule "Typo"
                when
                    CompanyProfile( csrComitment == CsrCommitment.NONE )
                then
                end
                """);
        var error = failure(folder).errors().get(0);
        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).contains("CompanyProfile has no field 'csrComitment'").doesNotContain("[Near");
    }

    @Test
    void anErrorInTheThenPartOfADslrRuleIsReportedAtItsLineInTheDslr() throws Exception {
        Files.copy(Path.of("rules/cx-advisor.dsl"), dir.resolve("cx-advisor.dsl"));
        var folder = RulesFolder.in(dir).file("topic.dslr", RulesFolder.HEADER + """
                expander cx-advisor.dsl

                rule "DSL rule"
                when
                    corporate social responsibility is NONE
                then
                    advise with URGENT priority
                end
                """);
        var error = failure(folder).errors().get(0);
        assertThat(error.file()).isEqualTo("topic.dslr");
        assertThat(error.line()).isEqualTo(13);
        assertThat(error.message()).contains("URGENT");
    }

    @Test
    void aSentenceTheDslDoesNotKnowIsAnErrorInTheDslr() throws Exception {
        Files.copy(Path.of("rules/cx-advisor.dsl"), dir.resolve("cx-advisor.dsl"));
        var folder = RulesFolder.in(dir).file("topic.dslr", RulesFolder.HEADER + """
                expander cx-advisor.dsl

                rule "DSL rule"
                when
                    the company is very responsible
                then
                    advise with hihg priority
                end
                """);
        assertThatThrownBy(folder::load).isInstanceOf(KnowledgeBaseException.class)
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).errors()).extracting(RuleError::toString)
                        .containsExactly(
                                "topic.dslr:11: error: \"the company is very responsible\" is not a sentence of the rule"
                                        + " language (the .dsl file): check it against cx-advisor.dsl, or start a line of plain DRL with '>'",
                                "topic.dslr:13: error: \"advise with hihg priority\" is not a sentence of the rule"
                                        + " language (the .dsl file): check it against cx-advisor.dsl, or start a line of plain DRL with '>'"));
    }
}
