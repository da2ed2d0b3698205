package org.cxadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate's checks, each on a small rules folder. */
class ValidatorTest {

    @TempDir
    Path dir;

    private List<String> lines(Validator.Report report) {
        return report.findings().stream().map(f -> f.format("")).toList();
    }

    @Test
    void aCleanFolderHasNoFindingsAndReportsCoverage() {
        RulesFolder.in(dir).file("a.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one",
                "CompanyProfile( csrCommitment == CsrCommitment.NONE )", "LOW"))
                .file("a.texts.yaml", RulesFolder.texts("one") + RulesFolder.ruleTexts("One"));
        Validator.Report report = Validator.validate(dir, false);
        assertThat(lines(report)).isEmpty();
        assertThat(report.coverage().get("K10")).extracting(r -> r.name()).containsExactly("One");
        assertThat(report.uncoveredKpoints()).contains("K1").doesNotContain("K10", "K7", "K22");
        assertThat(report.unusedFields()).contains("employeeEngagement").doesNotContain("csrCommitment", "name");
    }

    @Test
    void metadataConventionsAreCheckedPerRuleWithTheRulesLine() {
        RulesFolder.in(dir).file("a.drl", RulesFolder.HEADER + """
                rule "No metadata"
                when
                    CompanyProfile( )
                then
                end

                rule "Wrong metadata"
                    @category("HAPPINESS") @adviceId("Be_Happy") @kpoints("K10, K42, K13") @source("geurtsen-2012, wikipedia")
                when
                    CompanyProfile( )
                then
                    insert(Advice.of(kcontext, Priority.LOW));
                end
                """).file("a.texts.yaml", RulesFolder.texts("Be_Happy"));
        List<String> lines = lines(Validator.validate(dir, false));
        assertThat(lines).contains(
                "a.drl:7: error: rule \"No metadata\" neither gives advice, concludes nor notes a strength: add"
                        + " @adviceId(\"...\") and @category(\"...\") for advice, @concludes(\"...\") for a classification,"
                        + " or @strengthId(\"...\") for a practice to keep.");
        assertThat(lines).anyMatch(l -> l.startsWith("a.drl:7: error: rule \"No metadata\" has no @kpoints"));
        assertThat(lines).anyMatch(l -> l.startsWith("a.drl:7: error: rule \"No metadata\" has no @source"));
        assertThat(lines).anyMatch(l -> l.startsWith("a.drl:13: error: rule \"Wrong metadata\": unknown @category(\"HAPPINESS\")"));
        assertThat(lines).anyMatch(l -> l.startsWith("a.drl:13: error:") && l.contains("'K42' is not a K-point"));
        assertThat(lines).anyMatch(l -> l.startsWith("a.drl:13: error:") && l.contains("unknown @source 'wikipedia'"));
        assertThat(lines).anyMatch(l -> l.startsWith("a.drl:13: error:") && l.contains("K13 comes from klantenwaarde"));
        assertThat(lines).anyMatch(l -> l.startsWith("a.drl:13: warning:") && l.contains("lower-case words"));
    }

    @Test
    void adviceIdsTextsAndNamesMustBeUniqueAndComplete() {
        RulesFolder.in(dir).file("a.drl", RulesFolder.HEADER
                        + RulesFolder.adviceRule("First", "same", "CompanyProfile( )", "LOW")
                        + RulesFolder.adviceRule("Second", "same", "CompanyProfile( )", "LOW").replace("SOCIAL_RESPONSIBILITY", "SENSES")
                        + RulesFolder.adviceRule("Third", "untold", "CompanyProfile( )", "LOW"))
                .file("b.drl", RulesFolder.HEADER.replace("package cxadvisor;", "package other;")
                        + RulesFolder.adviceRule("First", "other", "CompanyProfile( )", "LOW"))
                .file("a.texts.yaml", RulesFolder.texts("same", "other", "orphan")
                        .replace("rationale: R {csrCommitment}", "rationale: R {csrComitment}")
                        + "untold:\n  en:\n    title: T\n    summary: S\n    actions: [a]\n    rationale: R\n");
        List<String> lines = lines(Validator.validate(dir, false));
        assertThat(lines).anyMatch(l -> l.startsWith("a.drl:14: error: advice 'same' is also given by rule \"First\" (a.drl:7) in another category"));
        assertThat(lines).anyMatch(l -> l.startsWith("a.drl:21: error: advice 'untold' has no Dutch (nl) text"));
        assertThat(lines).anyMatch(l -> l.startsWith("b.drl:7: error: rule name \"First\" is also used at a.drl:7"));
        assertThat(lines).anyMatch(l -> l.startsWith("a.texts.yaml:27: warning: texts for advice 'orphan', but no rule gives"));
        assertThat(lines).anyMatch(l -> l.matches("a\\.texts\\.yaml:\\d+: error: advice 'same' \\(en\\): \\{csrComitment} in the"
                + " rationale or measure is neither a profile field nor a conclusion type \\(did you mean 'csrCommitment'\\?\\).*"));
    }

    @Test
    void theVerifierFindsAConditionThatCanNeverBeTrue() {
        RulesFolder.in(dir).file("a.drl", RulesFolder.HEADER + RulesFolder.adviceRule("Never", "never",
                "CompanyProfile( processValue >= 4, processValue <= 2 )", "LOW")).file("a.texts.yaml", RulesFolder.texts("never"));
        Validator.Report report = Validator.validate(dir, true);
        assertThat(lines(report)).anyMatch(l -> l.startsWith("a.drl:10: error:") && l.contains("\"Never\""));
        assertThat(report.errors()).isPositive();
    }

    @Test
    void aRuleThatInsertsWhatItMatchesWithoutAGuardIsWarnedAbout() {
        RulesFolder.in(dir).file("a.drl", RulesFolder.HEADER + """
                rule "Loops"
                    @concludes("EXPERIENCE_QUADRANT") @kpoints("K8") @source("geurtsen-2012")
                when
                    Conclusion( concluded == ExperienceQuadrant.UTILITY )
                then
                    insert(Conclusion.of(kcontext, ExperienceQuadrant.UTILITY));
                end

                rule "Another type is no loop"
                    @concludes("STRATEGY_TRACK") @kpoints("K8") @source("geurtsen-2012")
                when
                    Conclusion( concluded == ExperienceQuadrant.UTILITY )
                then
                    insert(Conclusion.of(kcontext, StrategyTrack.PERFORMANCE));
                end

                rule "Guarded"
                    @concludes("EXPERIENCE_QUADRANT") @kpoints("K8") @source("geurtsen-2012")
                when
                    $c : Conclusion( concluded == ExperienceQuadrant.UTILITY )
                    not Conclusion( concluded == ExperienceQuadrant.PROCESS_DRIVEN )
                then
                    insert(Conclusion.of(kcontext, ExperienceQuadrant.PROCESS_DRIVEN));
                end

                rule "Modifies"
                    @concludes("VALUE_FOCUS") @kpoints("K8") @source("geurtsen-2012")
                when
                    $p : CompanyProfile( )
                then
                    update($p);
                end

                rule "Counts itself"
                    @concludes("COUNT") @kpoints("K8") @source("geurtsen-2012")
                when
                    $n : Number( ) from accumulate( Conclusion( type == "RELATIONSHIP_GAP" ), count(1) )
                then
                    insert(Conclusion.relationshipGap(kcontext, $n.intValue()));
                end
                """);
        List<String> lines = lines(Validator.validate(dir, false));
        assertThat(lines).filteredOn(l -> l.contains("may keep firing")).hasSize(3);
        assertThat(lines).anyMatch(l -> l.startsWith("a.drl:40: warning: rule \"Counts itself\" may keep firing"));
        assertThat(lines).anyMatch(l -> l.startsWith("a.drl:7: warning: rule \"Loops\" may keep firing"));
        assertThat(lines).anyMatch(l -> l.startsWith("a.drl:32: warning: rule \"Modifies\" may keep firing"));
    }

    @Test
    void compileErrorsAreErrorsWithTheirLine() throws Exception {
        RulesFolder.in(dir).file("a.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one",
                "CompanyProfile( csrCommitment == CsrCommitment.NONE )", "HIHG")).file("a.texts.yaml", RulesFolder.texts("one"));
        Validator.Report report = Validator.validate(dir, true);
        assertThat(lines(report)).anyMatch(l -> l.startsWith("a.drl:12: error:") && l.contains("HIHG"));
        assertThat(report.knowledgeBase()).isEmpty();
    }

    @Test
    void theShippedRulesAreValid() {
        Validator.Report report = Validator.validate(Path.of("rules"), false);
        assertThat(report.findings()).filteredOn(f -> f.severity() == Finding.Severity.ERROR).isEmpty();
    }

    @Test
    void theRuleReferenceListsEveryRuleFromTheCatalog() throws Exception {
        var kb = org.cxadvisor.support.ShippedRules.knowledgeBase();
        String md = RulesDoc.render(kb);
        kb.rules().forEach(r -> assertThat(md).contains("### " + r.name()).contains("`" + r.file() + ":" + r.line() + "`"));
        assertThat(md).contains("| K10 | geurtsen-2012 |").contains("start-social-responsibility");
        assertThat(Files.exists(Path.of("rules"))).isTrue();
    }

    @Test
    void everyRuleNeedsADutchSentenceAndEveryAdviceAMeasure() {
        RulesFolder.in(dir).file("a.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one",
                "CompanyProfile( csrCommitment == CsrCommitment.NONE )", "LOW"))
                .file("a.texts.yaml", RulesFolder.texts("one").replace("    measure: M\n", "") + RulesFolder.ruleTexts("Onne"));
        List<String> lines = lines(Validator.validate(dir, false));
        assertThat(lines).anyMatch(l -> l.startsWith("a.drl:7: error: rule \"One\" has no Dutch (nl) sentence"));
        assertThat(lines).anyMatch(l -> l.startsWith("a.texts.yaml:1: error: advice 'one' (en) has no measure"));
        assertThat(lines).anyMatch(l -> l.contains("a sentence for rule \"Onne\", but no rule has that name") && l.contains("One"));
    }
}
