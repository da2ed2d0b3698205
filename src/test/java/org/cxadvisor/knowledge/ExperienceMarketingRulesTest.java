package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/**
 * rules/senses.drl, rules/surprise.drl and rules/storytelling.drl: three of the five tactics (K28), tempered for
 * process-driven companies where experience marketing adds little (K8).
 */
class ExperienceMarketingRulesTest {

    private static Profiles scores(int process, int entertainment) {
        return Profiles.neutral().with("processValue", process).with("entertainmentValue", entertainment);
    }

    @Test
    void untouchedSensesAreMediumForHospitalityAndLowElsewhere() {
        assertThat(advice(evaluate(scores(2, 4).with("sensoryDesign", false).with("sector", "HOSPITALITY")),
                "stimulate-the-senses").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(4, 4).with("sensoryDesign", false).with("sector", "RETAIL")),
                "stimulate-the-senses").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(2, 4).with("sensoryDesign", false)), "stimulate-the-senses").priority())
                .isEqualTo(Priority.LOW);
    }

    @Test
    void sensesAreNotAdvisedToProcessDrivenOrUtilityCompaniesOrWhenDesignedOrUnknown() {
        assertThat(advice(evaluate(scores(4, 3).with("sensoryDesign", false).with("sector", "HOSPITALITY")), "stimulate-the-senses")).isNull();
        assertThat(advice(evaluate(scores(3, 3).with("sensoryDesign", false).with("sector", "HOSPITALITY")), "stimulate-the-senses")).isNull();
        assertThat(advice(evaluate(scores(2, 4).with("sensoryDesign", true)), "stimulate-the-senses")).isNull();
        assertThat(advice(evaluate(scores(2, 4)), "stimulate-the-senses")).isNull();
    }

    @Test
    void surprisesAreMediumLowForUtilityAndAbsentForProcessDriven() {
        assertThat(advice(evaluate(scores(2, 4).with("plannedSurprises", false)), "plan-surprises").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(4, 4).with("plannedSurprises", false)), "plan-surprises").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(3, 3).with("plannedSurprises", false)), "plan-surprises").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(scores(4, 3).with("plannedSurprises", false)), "plan-surprises")).isNull();
        assertThat(advice(evaluate(scores(2, 4).with("plannedSurprises", true)), "plan-surprises")).isNull();
    }

    @Test
    void storiesAreMediumButLowForProcessDrivenAndUtilityCompanies() {
        assertThat(advice(evaluate(scores(2, 4).with("brandStorytelling", false)), "tell-compelling-stories").priority())
                .isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(4, 3).with("brandStorytelling", false)), "tell-compelling-stories").priority())
                .isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(scores(3, 3).with("brandStorytelling", false)), "tell-compelling-stories").priority())
                .isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(scores(2, 4).with("brandStorytelling", true)), "tell-compelling-stories")).isNull();
        assertThat(advice(evaluate(scores(2, 4)), "tell-compelling-stories")).isNull();
    }
}
