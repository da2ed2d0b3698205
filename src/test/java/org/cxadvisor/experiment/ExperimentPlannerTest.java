package org.cxadvisor.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.ShippedRules;
import org.junit.jupiter.api.Test;

/** Plans from the shipped catalog (rules/experiments.plans.yaml): numbers, small companies, unknowns, sectors. */
class ExperimentPlannerTest {

    private static final ExperimentCatalog CATALOG = ShippedRules.knowledgeBase().experiments();
    private static final String EXPERIMENTS = "run-controlled-experiments";

    private static List<ExperimentPlan> plans(Profiles profile, Candidate... candidates) {
        return ExperimentPlanner.plan(profile.build(), CATALOG, List.of(candidates), EXPERIMENTS, Messages.ENGLISH);
    }

    private static ExperimentPlan only(Profiles profile, String adviceId) {
        List<ExperimentPlan> plans = plans(profile, new Candidate(adviceId, true));
        assertThat(plans).hasSize(1);
        return plans.get(0);
    }

    @Test
    void aWebShopWithItsOwnRetentionGetsAPlanFilledWithinWeeks() {
        ExperimentPlan plan = only(Profiles.neutral().with("name", "Shop").with("sector", "E_COMMERCE")
                .with("retentionRatePercent", 70).with("customersPerMonth", 20_000), "make-customers-feel-special");
        assertThat(plan.baselinePercent()).isEqualTo(70);
        assertThat(plan.minimumEffectPoints()).isEqualTo(5);
        assertThat(plan.sampleSizePerGroup()).isEqualTo(1251);
        // 2 x 1251 customers at 20,000 a month (4,615 a week)
        assertThat(plan.weeks()).isEqualTo(1);
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.alternative()).isNull();
        assertThat(plan.groups()).startsWith("per visit");
        assertThat(plan.baseline()).contains("your own figure");
        assertThat(plan.hypothesis()).contains("Shop", "70%", "75%");
    }

    @Test
    void anUnknownBaselineIsAStatedAssumptionAndUnknownCustomersLeaveTheDurationOpen() {
        ExperimentPlan plan = only(Profiles.neutral(), "make-customers-feel-special");
        assertThat(plan.baselinePercent()).isEqualTo(50);
        assertThat(plan.baseline()).contains("assumption");
        assertThat(plan.sampleSizePerGroup()).isEqualTo(1565);
        assertThat(plan.weeks()).isNull();
        assertThat(plan.feasible()).isNull();
        assertThat(plan.howToRun()).anyMatch(step -> step.contains("how many customers you serve a month"));
    }

    @Test
    void aSmallCompanyIsToldItIsTooSmallAndGetsALargerEffectALongerHorizonAndBeforeAfter() {
        // 100 customers a month: 2 x 1,251 customers take 109 weeks; 8 points (70 -> 78, 2 x 471) fit into a year's 1,200.
        ExperimentPlan plan = only(Profiles.neutral().with("retentionRatePercent", 70).with("customersPerMonth", 100),
                "make-customers-feel-special");
        assertThat(plan.feasible()).isFalse();
        assertThat(plan.weeks()).isEqualTo(109);
        assertThat(plan.alternative().reason()).startsWith("Too small to test this way");
        assertThat(plan.alternative().largerEffectPoints()).isEqualTo(8);
        assertThat(2 * plan.alternative().largerEffectSampleSizePerGroup()).isLessThanOrEqualTo(1200);
        assertThat(2 * SampleSize.perGroup(70, 77)).isGreaterThan(1200);
        assertThat(plan.alternative().longerWeeks()).isEqualTo(109);
        assertThat(plan.alternative().options()).anyMatch(o -> o.startsWith("Compare before and after") && o.contains("limits"));
        assertThat(plan.howToRun()).noneMatch(step -> step.contains("Keep going until each group"));
    }

    @Test
    void businessAccountsAreDrawnPerAccountAndFortyAccountsCannotFillTheGroupsHoweverLong() {
        ExperimentPlan plan = only(Profiles.neutral().with("market", "B2B").with("sector", "SOFTWARE")
                .with("retentionRatePercent", 90).with("customersPerMonth", 40), "make-business-customers-feel-special");
        assertThat(plan.groups()).startsWith("per account");
        assertThat(plan.sampleSizePerGroup()).isEqualTo(435);
        assertThat(plan.feasible()).isFalse();
        assertThat(plan.alternative().longerWeeks()).as("more time adds no accounts").isNull();
        assertThat(plan.alternative().largerEffectPoints()).as("no realistic effect fits 40 accounts").isNull();
        assertThat(plan.segment()).contains("new and long-standing accounts");
    }

    @Test
    void careNeverWithholdsTheBasicsAndMeasuresWillingnessToRecommend() {
        Profiles hospital = Profiles.neutral().with("sector", "HEALTHCARE").with("complaintRatePercent", 4);
        assertThat(plans(hospital, new Candidate("remove-causes-of-complaints", true))).as("a change that is not an added"
                + " gesture is not tested on patients").extracting(ExperimentPlan::adviceId).doesNotContain("remove-causes-of-complaints");
        ExperimentPlan plan = only(hospital, "recover-disappointments");
        assertThat(plan.note()).contains("Nobody gets less than the usual care");
        assertThat(plan.metric()).startsWith("willingness to recommend");
        assertThat(plan.groups()).startsWith("per patient or client");
        ExperimentPlan publicSector = only(Profiles.neutral().with("sector", "PUBLIC_SECTOR"), "plan-surprises");
        assertThat(publicSector.note()).isNotNull();
    }

    @Test
    void aShopDrawsDaysOrLocationsAndOtherCompaniesDrawCustomers() {
        assertThat(only(Profiles.neutral().with("sector", "RETAIL"), "stimulate-the-senses").groups()).startsWith("per day or per location");
        assertThat(only(Profiles.neutral().with("sector", "HOSPITALITY"), "plan-surprises").groups()).startsWith("per day or per location");
        assertThat(only(Profiles.neutral().with("sector", "FINANCIAL_SERVICES"), "plan-surprises").groups()).startsWith("per customer");
    }

    @Test
    void complaintsAreAnImprovementDownwardsAndTheEligibleShareLengthensTheTest() {
        ExperimentPlan plan = only(Profiles.neutral().with("complaintRatePercent", 8).with("customersPerMonth", 10_000),
                "remove-causes-of-complaints");
        assertThat(plan.baselinePercent()).isEqualTo(8);
        assertThat(plan.minimumEffectPoints()).isEqualTo(-2);
        assertThat(plan.sampleSizePerGroup()).isEqualTo(SampleSize.perGroup(8, 6));
        assertThat(plan.hypothesis()).contains("fewer customers complain", "at most 6%");
        // Recovery is tested on the 8% who had a disappointment: 800 a month, 185 a week.
        ExperimentPlan recovery = only(Profiles.neutral().with("complaintRatePercent", 8).with("retentionRatePercent", 70)
                .with("customersPerMonth", 10_000), "recover-disappointments");
        assertThat(recovery.weeks()).isEqualTo((int) Math.ceil(2.0 * 1251 / (800 * 12 / 52.0)));
    }

    @Test
    void aBaselineNearTheLimitTestsHalfTheRoomThatIsLeft() {
        ExperimentPlan plan = only(Profiles.neutral().with("retentionRatePercent", 98), "make-customers-feel-special");
        assertThat(plan.minimumEffectPoints()).isEqualTo(1);
        assertThat(plans(Profiles.neutral().with("retentionRatePercent", 100), new Candidate("make-customers-feel-special", true)))
                .as("no room above 100%: the fallback has none either").isEmpty();
    }

    @Test
    void topAdviceComesFirstThenAnyTestableAdviceThenTheFallbackUnderTheExperimentsAdvice() {
        Profiles company = Profiles.neutral();
        assertThat(plans(company, new Candidate("keep-processes-flawless", true), new Candidate("plan-surprises", false),
                new Candidate("tell-compelling-stories", true), new Candidate("stimulate-the-senses", true),
                new Candidate("make-customers-feel-special", true)))
                .extracting(ExperimentPlan::adviceId).containsExactly("tell-compelling-stories", "stimulate-the-senses");
        assertThat(plans(company, new Candidate("keep-processes-flawless", true), new Candidate("plan-surprises", false)))
                .extracting(ExperimentPlan::adviceId).containsExactly("plan-surprises");
        List<ExperimentPlan> fallback = plans(company, new Candidate("keep-processes-flawless", true));
        assertThat(fallback).extracting(ExperimentPlan::adviceId).containsExactly(EXPERIMENTS);
        assertThat(fallback.get(0).change()).contains("personal gesture");
    }

    @Test
    void dutchPlansAreInDutch() {
        ExperimentPlan plan = ExperimentPlanner.plan(Profiles.neutral().with("customersPerMonth", 5000).build(), CATALOG,
                List.of(new Candidate("plan-surprises", true)), EXPERIMENTS, Messages.DUTCH).get(0);
        assertThat(plan.hypothesis()).startsWith("Als Test company");
        assertThat(plan.metric()).startsWith("bereidheid tot aanbevelen");
        assertThat(plan.howToRun().get(2)).contains("5.000 klanten per maand");
        assertThat(plan.basis()).contains("eigen voorstel");
    }
}
