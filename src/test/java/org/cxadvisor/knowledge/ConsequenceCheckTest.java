package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A then part may only insert advice and conclusions and read facts; anything else is refused at its line. */
class ConsequenceCheckTest {

    @TempDir
    Path dir;

    private static String rule(String statement) {
        return RulesFolder.HEADER + """
                rule "Does something else"
                    @concludes("X") @kpoints("K8") @source("geurtsen-2012")
                when
                    $p : CompanyProfile( )
                then
                    insertLogical(Conclusion.relationshipGap(kcontext, $p.sector().ordinal()));
                """ + "    " + statement + "\nend\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "System.exit(0);|calls System.exit",
            "Thread.sleep(60000);|calls Thread.sleep",
            "java.lang.Runtime.getRuntime().halt(1);|calls java.lang.Runtime.getRuntime",
            "while (true) { }|uses 'while'",
            "for (int i = 0; i < 9; i++) { }|uses 'for'",
            "new Thread().start();|uses 'new'",
            "$p.getClass().getClassLoader();|calls $p.getClass",
            "kcontext.getKieRuntime().halt();|calls kcontext.getKieRuntime",
            "java.util.stream.IntStream.iterate(0, i -> i + 1).forEach(i -> { });|uses '->'",
            "drools.halt();|calls drools.halt",
            "delete($p);|calls delete"})
    void refusesAThenPartThatDoesMoreThanInsertAtItsLine(String statement, String message) {
        RulesFolder folder = RulesFolder.in(dir).file("odd.drl", rule(statement));
        assertThatThrownBy(folder::load).isInstanceOfSatisfying(KnowledgeBaseException.class, e -> {
            assertThat(e.errors()).hasSize(1);
            RuleError error = e.errors().get(0);
            assertThat(error.file()).isEqualTo("odd.drl");
            assertThat(error.line()).isEqualTo(13);
            assertThat(error.message()).contains("Does something else").contains(message)
                    .contains("docs/authoring.md");
        });
    }

    @Test
    void wordsInStringsAndCommentsAreNotCode() {
        var kb = RulesFolder.in(dir).file("fine.drl", rule("// while (true) System.exit(0)\n"
                + "    insertLogical(Conclusion.relationshipGap(kcontext, (\"for new System.exit()\" + Math.max(1, 2)).length()));"))
                .load();
        assertThat(kb.rules()).hasSize(1);
    }
}
