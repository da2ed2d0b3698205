package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** rules/experiments.drl: controlled experiments (K28) and per segment and context (K29). */
class ExperimentsRulesTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({"NONE,E_COMMERCE,HIGH", "NONE,RETAIL,MEDIUM", "AD_HOC,E_COMMERCE,MEDIUM", "AD_HOC,OTHER,LOW"})
    void uncontrolledTestingIsAdvisedMostForWebShops(String experimentation, String sector, Priority priority) {
        assertThat(advice(evaluate(Profiles.neutral().with("experimentation", experimentation).with("sector", sector)),
                "run-controlled-experiments").priority()).isEqualTo(priority);
    }

    @Test
    void controlledOrUnknownTestingGivesNoAdviceToStartExperimenting() {
        assertThat(advice(evaluate(Profiles.neutral().with("experimentation", "CONTROLLED")), "run-controlled-experiments")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "run-controlled-experiments")).isNull();
    }

    @Test
    void controlledExperimentsShouldBeAnalysedPerSegment() {
        assertThat(advice(evaluate(Profiles.neutral().with("experimentation", "CONTROLLED").with("market", "MIXED")),
                "experiment-per-segment").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("experimentation", "CONTROLLED")),
                "experiment-per-segment").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("experimentation", "SEGMENTED")), "experiment-per-segment")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("experimentation", "AD_HOC")), "experiment-per-segment")).isNull();
    }
}
