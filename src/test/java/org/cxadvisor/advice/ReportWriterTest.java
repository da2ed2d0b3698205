package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxadvisor.i18n.Messages;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.ShippedRules;
import org.junit.jupiter.api.Test;

/** ReportWriter on the shipped rules: summary, roadmap, strengths, examples that fit the sector, rules in the language. */
class ReportWriterTest {

    private static final Profiles HOSPITAL = Profiles.neutral().with("name", "Sint-Lucas").with("sector", "HEALTHCARE")
            .with("processValue", 2).with("entertainmentValue", 1).with("personalGestures", false)
            .with("serviceRecovery", "REACTIVE").with("complaintRatePercent", 6.5).with("journeyScope", "RELATIONSHIP");

    @Test
    void aDutchReportSpeaksDutchThroughoutWithNumbersAsDutchWritesThem() {
        AdviceReport report = ReportWriter.write(ShippedRules.evaluate(HOSPITAL), Messages.DUTCH);
        assertThat(report.summary()).startsWith("Sint-Lucas valt in het belevingskwadrant “Hulpprogramma-type”")
                .contains("Pak eerst").contains("In de zorg en de publieke sector past aandacht");
        assertThat(report.advice()).allSatisfy(i -> {
            assertThat(i.ruleText()).isNotBlank().isNotEqualTo(i.rule());
            assertThat(i.measure()).isNotBlank().doesNotContain("{");
        });
        assertThat(report.conclusions()).allSatisfy(c -> assertThat(c.ruleText()).isNotEqualTo(c.rule()));
        assertThat(report.advice()).filteredOn(i -> i.id().equals("remove-causes-of-complaints")).singleElement()
                .satisfies(i -> assertThat(i.rationale()).startsWith("6,5 procent"));
        assertThat(report.strengths()).extracting(AdviceReport.StrengthItem::id).contains("relationship-view");
        assertThat(report.strengths()).allSatisfy(s -> assertThat(s.ruleText()).isNotBlank());
    }

    @Test
    void aHospitalGetsAttentionInsteadOfGiftsAndTheEnglishRuleIsItsName() {
        AdviceReport report = ReportWriter.write(ShippedRules.evaluate(HOSPITAL), Messages.ENGLISH);
        AdviceReport.Item gestures = report.advice().stream().filter(i -> i.id().equals("make-customers-feel-special"))
                .findFirst().orElseThrow();
        assertThat(String.join(" ", gestures.actions())).contains("attention rather than a gift")
                .doesNotContain("chocolate", "Easter", "Christmas");
        assertThat(gestures.ruleText()).isEqualTo(gestures.rule());
        assertThat(report.advice().get(0).horizon()).isEqualTo(Horizon.NOW);
        assertThat(report.advice()).extracting(AdviceReport.Item::id).doesNotContain("raise-staging-potential");
    }

    @Test
    void aCompanyWithNothingMissingHearsSoInTheSummary() {
        var model = Profiles.neutral().with("processValue", 5).with("entertainmentValue", 5).with("offering", "EXPERIENCE")
                .with("pricePositioning", "PREMIUM").with("journeyScope", "RELATIONSHIP").with("sensoryDesign", true);
        AdviceReport report = ReportWriter.write(ShippedRules.evaluate(model), Messages.ENGLISH);
        assertThat(report.advice()).isEmpty();
        assertThat(report.summary()).contains("The rules find nothing missing").contains("already in place");
        assertThat(report.strengths()).extracting(AdviceReport.StrengthItem::id)
                .contains("quality-with-experience", "stages-an-experience", "designed-for-the-senses", "relationship-view");
    }
}
