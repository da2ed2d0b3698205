package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cxadvisor.experiment.ExperimentPlan;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.ProfileReader;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.ShippedRules;
import org.junit.jupiter.api.Test;

/** Experiment plans in the report and its Markdown, for the example companies of issue 13. */
class ExperimentPlansReportTest {

    private static AdviceReport report(CompanyProfile profile, Locale locale) {
        return ReportWriter.write(ShippedRules.evaluate(profile), locale);
    }

    private static CompanyProfile example(String name) throws Exception {
        return ProfileReader.read(JsonText.parse(Files.readAllBytes(Path.of("rules/examples/" + name + ".json"))));
    }

    @Test
    void theWebShopTestsItsTopAdviceOnRetentionWithinAFewWeeks() throws Exception {
        AdviceReport report = report(example("fashion-web-shop"), Messages.ENGLISH);
        ExperimentPlan plan = report.experiments().get(0);
        assertThat(report.advice().stream().filter(i -> i.id().equals(plan.adviceId())).findFirst().orElseThrow().priority())
                .isNotEqualTo(Priority.LOW);
        assertThat(plan.baselinePercent()).isEqualTo(70);
        assertThat(plan.sampleSizePerGroup()).isEqualTo(1251);
        assertThat(plan.weeks()).isEqualTo(1);
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.groups()).startsWith("per visit");
        assertThat(report.experiments()).hasSizeLessThanOrEqualTo(2).allMatch(p -> Boolean.TRUE.equals(p.feasible()));
    }

    @Test
    void theFortyAccountVendorIsToldHonestlyThatItIsTooSmallAndGetsBeforeAfterInstead() throws Exception {
        AdviceReport report = report(example("b2b-software-40-accounts"), Messages.ENGLISH);
        assertThat(report.experiments()).isNotEmpty().allSatisfy(plan -> {
            assertThat(plan.groups()).startsWith("per account");
            assertThat(plan.feasible()).isFalse();
            assertThat(plan.alternative().options()).anyMatch(o -> o.startsWith("Compare before and after"));
            assertThat(plan.howToRun().get(0)).startsWith("A test with a control group cannot give an answer here");
        });
    }

    @Test
    void theHospitalTestsAnAddedGestureOnWillingnessToRecommendWithoutWithholdingCare() throws Exception {
        AdviceReport report = report(example("hospital"), Messages.ENGLISH);
        assertThat(report.experiments()).isNotEmpty().allSatisfy(plan -> {
            assertThat(plan.note()).startsWith("Nobody gets less than the usual care");
            assertThat(plan.metric()).startsWith("willingness to recommend");
            assertThat(plan.baseline()).contains("assumption");
            assertThat(plan.feasible()).isTrue();
        });
    }

    @Test
    void plansComeOnlyWithTheAdviceToExperimentAndAskForCustomersPerMonth() {
        AdviceReport segmented = report(Profiles.neutral().with("experimentation", "SEGMENTED").build(), Messages.ENGLISH);
        assertThat(segmented.advice()).noneMatch(i -> i.category().equals(ExperimentPlans.CATEGORY));
        assertThat(segmented.experiments()).isEmpty();
        assertThat(segmented.openQuestions()).noneMatch(q -> q.field().equals("customersPerMonth"));

        AdviceReport none = report(Profiles.neutral().with("experimentation", "NONE").build(), Messages.ENGLISH);
        assertThat(none.experiments()).isNotEmpty();
        assertThat(none.experiments().get(0).weeks()).isNull();
        assertThat(none.openQuestions()).anyMatch(q -> q.field().equals("customersPerMonth"));
        AdviceReport known = report(Profiles.neutral().with("experimentation", "NONE").with("customersPerMonth", 900).build(),
                Messages.ENGLISH);
        assertThat(known.openQuestions()).noneMatch(q -> q.field().equals("customersPerMonth"));
    }

    @Test
    void theMarkdownCarriesEachPlanWithItsNumbersInEnglishAndDutch() throws Exception {
        CompanyProfile shop = example("fashion-web-shop");
        String en = MarkdownReport.render(shop.name(), report(shop, Messages.ENGLISH), Messages.ENGLISH);
        assertThat(en).contains("## Experiment plans", "### Test: ", "**Group size**: 1,251 per group",
                "**Duration**: one week to fill both groups, then measure after 52 weeks", "*How to run it:*");
        String nl = MarkdownReport.render(shop.name(), report(shop, Messages.DUTCH), Messages.DUTCH);
        assertThat(nl).contains("## Experimentplannen", "**Groepsgrootte**: 1.251 per groep", "*Zo voert u het uit:*");
        String vendor = MarkdownReport.render("v", report(example("b2b-software-40-accounts"), Messages.ENGLISH), Messages.ENGLISH);
        assertThat(vendor).contains("**Duration**: not plannable this way: see below", "**Too small to test this way");
        List<String> sections = en.lines().filter(l -> l.startsWith("## ")).toList();
        assertThat(sections.indexOf("## Experiment plans"))
                .isGreaterThan(sections.indexOf("## " + Messages.get(Messages.ENGLISH, "report.advice"))).isPositive();
    }
}
