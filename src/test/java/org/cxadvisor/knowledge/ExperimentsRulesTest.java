package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;
import static org.cxadvisor.support.ShippedRules.strength;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/experiments.drl: controlled experiments (K28), per segment and context (K29), the same in every sector. */
class ExperimentsRulesTest {

    @Test
    void noTestingIsMediumAndInformalTriesLowInEverySector() {
        for (String sector : new String[] {"E_COMMERCE", "HEALTHCARE", "OTHER"}) {
            assertThat(advice(evaluate(Profiles.neutral().with("sector", sector).with("experimentation", "NONE")),
                    "run-controlled-experiments").priority()).isEqualTo(Priority.MEDIUM);
            assertThat(advice(evaluate(Profiles.neutral().with("sector", sector).with("experimentation", "AD_HOC")),
                    "run-controlled-experiments").priority()).isEqualTo(Priority.LOW);
        }
    }

    @Test
    void controlledOrUnknownTestingGivesNoAdviceToStartExperimenting() {
        assertThat(advice(evaluate(Profiles.neutral().with("experimentation", "CONTROLLED")), "run-controlled-experiments")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "run-controlled-experiments")).isNull();
    }

    @Test
    void controlledExperimentsShouldBeAnalysedPerSegment() {
        assertThat(advice(evaluate(Profiles.neutral().with("experimentation", "CONTROLLED")), "experiment-per-segment")
                .priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("experimentation", "AD_HOC")), "experiment-per-segment")).isNull();
    }

    @Test
    void experimentsPerSegmentAreAStrength() {
        assertThat(strength(evaluate(Profiles.neutral().with("experimentation", "SEGMENTED")), "segmented-experiments")).isTrue();
        assertThat(advice(evaluate(Profiles.neutral().with("experimentation", "SEGMENTED")), "experiment-per-segment")).isNull();
        assertThat(strength(evaluate(Profiles.neutral().with("experimentation", "CONTROLLED")), "segmented-experiments")).isFalse();
    }
}
