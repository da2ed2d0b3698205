package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;
import static org.cxadvisor.support.ShippedRules.strength;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/**
 * rules/senses.drl, rules/surprise.drl and rules/storytelling.drl: three of the five tactics (K28), tempered where
 * customers seek mainly practical value (or, unknown, for a process-driven company: K8), and their strengths.
 */
class ExperienceMarketingRulesTest {

    private static Profiles scores(int process, int entertainment) {
        return Profiles.neutral().with("processValue", process).with("entertainmentValue", entertainment);
    }

    @Test
    void untouchedSensesAreMediumForShopsAndVenuesAndLowElsewhere() {
        assertThat(advice(evaluate(scores(2, 4).with("sensoryDesign", false).with("sector", "HOSPITALITY")),
                "stimulate-the-senses").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(4, 4).with("sensoryDesign", false).with("sector", "RETAIL").with("market", "B2B")),
                "stimulate-the-senses").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(scores(2, 4).with("sensoryDesign", false)), "stimulate-the-senses").priority())
                .isEqualTo(Priority.LOW);
    }

    @Test
    void sensesAreNotAdvisedWhereTacticsAreTemperedOrToUtilityCompaniesOrWhenDesignedOrUnknown() {
        assertThat(advice(evaluate(scores(4, 3).with("sensoryDesign", false).with("sector", "HOSPITALITY")), "stimulate-the-senses")).isNull();
        assertThat(advice(evaluate(scores(4, 3).with("sensoryDesign", false).customerValue(2, 2, 5, 4)), "stimulate-the-senses"))
                .isNotNull();
        assertThat(advice(evaluate(scores(2, 4).with("sensoryDesign", false).customerValue(5, 4, 2, 1)), "stimulate-the-senses")).isNull();
        assertThat(advice(evaluate(scores(3, 3).with("sensoryDesign", false).with("sector", "HOSPITALITY")), "stimulate-the-senses")).isNull();
        assertThat(advice(evaluate(scores(2, 4).with("sensoryDesign", true)), "stimulate-the-senses")).isNull();
        assertThat(advice(evaluate(scores(2, 4)), "stimulate-the-senses")).isNull();
        assertThat(strength(evaluate(scores(2, 4).with("sensoryDesign", true)), "designed-for-the-senses")).isTrue();
    }

    @Test
    void surprisesAreMediumLowForUtilityAndAbsentWhereTempered() {
        assertThat(advice(evaluate(scores(2, 4).with("plannedSurprises", false)), "plan-surprises").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(4, 4).with("plannedSurprises", false)), "plan-surprises").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(3, 3).with("plannedSurprises", false)), "plan-surprises").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(scores(4, 3).with("plannedSurprises", false)), "plan-surprises")).isNull();
        assertThat(advice(evaluate(scores(4, 3).with("plannedSurprises", false).customerValue(2, 2, 5, 4)), "plan-surprises")
                .priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(2, 4).with("plannedSurprises", true)), "plan-surprises")).isNull();
        assertThat(strength(evaluate(scores(2, 4).with("plannedSurprises", true)), "planned-surprises")).isTrue();
    }

    @Test
    void storiesAreMediumButLowWhereTemperedOrUtilityAndLeftToResponsibilityAtTheCore() {
        assertThat(advice(evaluate(scores(2, 4).with("brandStorytelling", false)), "tell-compelling-stories").priority())
                .isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(4, 3).with("brandStorytelling", false)), "tell-compelling-stories").priority())
                .isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(scores(3, 3).with("brandStorytelling", false)), "tell-compelling-stories").priority())
                .isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(scores(2, 4).with("brandStorytelling", false).with("csrCommitment", "CORE")),
                "tell-compelling-stories")).isNull();
        assertThat(advice(evaluate(scores(2, 4).with("brandStorytelling", true)), "tell-compelling-stories")).isNull();
        assertThat(advice(evaluate(scores(2, 4)), "tell-compelling-stories")).isNull();
        assertThat(strength(evaluate(scores(2, 4).with("brandStorytelling", true)), "stories-told")).isTrue();
    }
}
