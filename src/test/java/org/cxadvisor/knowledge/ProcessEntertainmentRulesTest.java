package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;
import static org.cxadvisor.support.ShippedRules.strength;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/process-entertainment.drl: the core process per experience quadrant (K8), in priority bands, and its strengths. */
class ProcessEntertainmentRulesTest {

    private static Profiles scores(int process, int entertainment) {
        return Profiles.neutral().with("processValue", process).with("entertainmentValue", entertainment);
    }

    @Test
    void aUtilityTypeCompanySolvesProblemsHighWhenTheProcessIsPoorAndMediumWhenAverage() {
        assertThat(advice(evaluate(scores(2, 3)), "solve-customer-problems").priority()).isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(scores(3, 3)), "solve-customer-problems").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(4, 3)), "solve-customer-problems")).isNull();
    }

    @Test
    void anEntertainmentDrivenCompanyFixesItsCoreQualityHighWhenPoorAndMediumWhenAverage() {
        assertThat(advice(evaluate(scores(2, 5)), "fix-core-quality").priority()).isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(scores(3, 4)), "fix-core-quality").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(4, 4)), "fix-core-quality")).isNull();
    }

    @Test
    void aSmoothProcessIsAStrengthUnlessThePerformanceTrackNamesIt() {
        assertThat(strength(evaluate(scores(4, 3)), "smooth-process")).isTrue();
        assertThat(strength(evaluate(scores(3, 3)), "smooth-process")).isFalse();
        assertThat(strength(evaluate(scores(5, 1).customerValue(5, 4, 1, 1)), "smooth-process")).isFalse();
    }

    @Test
    void anExperienceLeaderHasQualityWithAnExperienceAroundIt() {
        assertThat(strength(evaluate(scores(4, 4)), "quality-with-experience")).isTrue();
        assertThat(strength(evaluate(scores(4, 3)), "quality-with-experience")).isFalse();
    }
}
