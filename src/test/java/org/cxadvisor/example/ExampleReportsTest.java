package org.cxadvisor.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.advice.MarkdownReport;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.ProfileReader;
import org.cxadvisor.support.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * The example reports in docs/examples are what the shipped rules give the example profiles today, in English and
 * Dutch: a change of rules that changes a report is seen, and the reports are regenerated as docs/examples/README.md
 * says. (Moving rules into a decision table, for one, must not change them.) The knowledge-base version at the end
 * of each report is left out: it is a hash of the rule files and changes with every edit, even one that changes no
 * advice.
 */
class ExampleReportsTest {

    private static final Pattern VERSION = Pattern.compile("(Knowledge base version|Kennisbankversie) [0-9a-f]{12}");

    @Test
    void everyExampleReportIsWhatTheRulesGiveToday() throws Exception {
        var kb = ShippedRules.knowledgeBase();
        EvaluationService evaluation = new EvaluationService(() -> kb, new AdviceEngine(10_000));
        Path examples = Examples.folder(ShippedRules.RULES_DIR);
        List<String> names = Examples.names(examples);
        assertThat(names).hasSizeGreaterThanOrEqualTo(6);
        for (String name : names) {
            CompanyProfile profile = ProfileReader.read(JsonText.parse(Files.readAllBytes(examples.resolve(name + ".json"))));
            for (String language : List.of("en", "nl")) {
                Locale locale = Locale.forLanguageTag(language);
                Path report = Path.of("docs/examples", name + "." + language + ".md");
                assertThat(withoutVersion(MarkdownReport.render(profile.name(), evaluation.report(profile, locale), locale)))
                        .as(report + " is out of date with the rules: regenerate it as docs/examples/README.md says")
                        .isEqualTo(withoutVersion(Files.readString(report)));
            }
        }
    }

    private static String withoutVersion(String report) {
        return VERSION.matcher(report).replaceAll("$1 ...");
    }
}
