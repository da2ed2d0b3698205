package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mistakes business users make most, each reported at its line with what to do. */
class BusinessErrorsTest {

    @TempDir
    Path dir;

    private List<String> errors(RulesFolder folder) {
        return ((KnowledgeBaseException) org.assertj.core.api.Assertions.catchThrowable(folder::load)).errors().stream()
                .map(RuleError::toString).toList();
    }

    @Test
    void aChoiceValueItsTypeDoesNotHaveIsReportedAtTheSentenceWithTheValuesItHas() throws Exception {
        RulesFolder folder = RulesFolder.in(dir).file("cx-advisor.dsl", Files.readString(Path.of("rules/cx-advisor.dsl")))
                .file("topic.dslr", RulesFolder.HEADER + "\nexpander cx-advisor.dsl\n\n"
                        + "rule \"Care\"\n    @category(\"SENSES\") @adviceId(\"care\") @kpoints(\"K7\") @source(\"geurtsen-2012\")\n"
                        + "when\n    the sector is HEALTH_CARE\nthen\n    advise with high priority\nend\n");
        assertThat(errors(folder)).singleElement().asString()
                .startsWith("topic.dslr:13: error: Sector has no value HEALTH_CARE in 'sector == Sector.HEALTH_CARE': use one of RETAIL,")
                .contains("HEALTHCARE").doesNotContain("strict-mode");
    }

    @Test
    void aMissingEndIsReportedWhereItBelongs() {
        String first = RulesFolder.adviceRule("First", "first", "CompanyProfile( )", "LOW").replace("end\n", "");
        RulesFolder folder = RulesFolder.in(dir).file("a.drl", RulesFolder.HEADER + "\n" + first + "\n"
                + RulesFolder.adviceRule("Second", "second", "CompanyProfile( )", "LOW"));
        // HEADER is 6 lines, a blank line, then the rule's 6 lines without its end: the end belongs on line 14
        assertThat(errors(folder)).containsExactly("a.drl:14: error: rule \"First\" has no 'end': add a line with just"
                + " 'end' after its then part (before the next rule)");
    }

    @Test
    void aTextWithoutActionsIsReportedAtItsLanguage() {
        RulesFolder folder = RulesFolder.in(dir).file("a.texts.yaml", """
                first:
                  en:
                    title: T
                    summary: S
                    rationale: R
                  nl:
                    title: T
                    summary: S
                    actions: [a]
                    rationale: R
                """);
        assertThat(errors(folder)).containsExactly("a.texts.yaml:2: error: Advice 'first' (en) has no actions: add"
                + " 'actions:' under 'en:', with one line '- ...' per action.");
    }

    @Test
    void aColonInAPlainTitleSaysHowToWriteIt() {
        RulesFolder folder = RulesFolder.in(dir).file("a.texts.yaml", RulesFolder.texts("first").replace("title: T first", "title: Tip: first"));
        assertThat(errors(folder)).singleElement().asString().startsWith("a.texts.yaml:3: error: a plain text cannot"
                + " contain ': ' (a colon and a space): put the whole text in double quotes");
    }

    @Test
    void aRuleFileWithoutItsHeaderSaysWhichHeaderToWrite() {
        RulesFolder folder = RulesFolder.in(dir).file("care.drl", RulesFolder.adviceRule("Care", "care",
                "CompanyProfile( personalGestures == false )", "MEDIUM")).file("care.texts.yaml", RulesFolder.texts("care"));
        assertThat(errors(folder)).hasSize(3).allSatisfy(e -> assertThat(e).endsWith(" is not imported in this file):"
                + " start the file with the header every rule file needs, 'package cxadvisor;' then 'import"
                + " org.cxadvisor.profile.*;' and 'import org.cxadvisor.advice.*;' (and in a .dslr 'expander"
                + " cx-advisor.dsl'), as new-topic writes it (docs/authoring.md, section 1)"));
        assertThat(errors(folder)).extracting(e -> e.substring(0, e.indexOf(" (")))
                .containsExactly("care.drl:4: error: Unable to resolve ObjectType 'CompanyProfile'",
                        "care.drl:6: error: in the then part of rule \"Care\": Advice cannot be resolved",
                        "care.drl:6: error: in the then part of rule \"Care\": Priority.MEDIUM cannot be resolved to a type");
    }
}
