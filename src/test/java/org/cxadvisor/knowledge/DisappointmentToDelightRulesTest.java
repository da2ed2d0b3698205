package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;
import static org.cxadvisor.support.ShippedRules.strength;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/disappointment-to-delight.drl: complaint rate times the way disappointments are handled. */
class DisappointmentToDelightRulesTest {

    @ParameterizedTest(name = "{0}% complaints, no recovery -> {1}")
    @CsvSource({"9,HIGH", "5,HIGH", "4.9,MEDIUM", "2,MEDIUM", "1.9,LOW", "0,LOW"})
    void noRecoveryIsWeighedByTheComplaintRate(double rate, Priority priority) {
        assertThat(advice(evaluate(Profiles.neutral().with("serviceRecovery", "NONE").with("complaintRatePercent", rate)),
                "recover-disappointments").priority()).isEqualTo(priority);
    }

    @Test
    void noRecoveryWithUnknownRateIsMediumAndRecoveryGivesNoSuchAdvice() {
        assertThat(advice(evaluate(Profiles.neutral().with("serviceRecovery", "NONE")), "recover-disappointments").priority())
                .isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("serviceRecovery", "REACTIVE").with("complaintRatePercent", 9)),
                "recover-disappointments")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("complaintRatePercent", 9)), "recover-disappointments")).isNull();
    }

    @Test
    void reactiveHandlingIsAlwaysALowNextStep() {
        for (double rate : new double[] {1, 4.9, 9, 15}) {
            assertThat(advice(evaluate(Profiles.neutral().with("serviceRecovery", "REACTIVE").with("complaintRatePercent", rate)),
                    "go-beyond-complaint-handling").priority()).isEqualTo(Priority.LOW);
        }
        assertThat(advice(evaluate(Profiles.neutral().with("serviceRecovery", "REACTIVE")), "go-beyond-complaint-handling")
                .priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("serviceRecovery", "PROACTIVE").with("complaintRatePercent", 9)),
                "go-beyond-complaint-handling")).isNull();
    }

    @ParameterizedTest(name = "{0}% complaints, {1} -> {2}")
    @CsvSource({"10,PROACTIVE,HIGH", "15,REACTIVE,HIGH", "5,PROACTIVE,MEDIUM", "9.9,REACTIVE,MEDIUM"})
    void manyComplaintsDespiteHandlingPointToCauses(double rate, String recovery, Priority priority) {
        assertThat(advice(evaluate(Profiles.neutral().with("serviceRecovery", recovery).with("complaintRatePercent", rate)),
                "remove-causes-of-complaints").priority()).isEqualTo(priority);
    }

    @Test
    void fewComplaintsOrNoHandlingAtAllGiveNoRootCauseAdviceAndProactiveRecoveryIsAStrength() {
        assertThat(advice(evaluate(Profiles.neutral().with("serviceRecovery", "PROACTIVE").with("complaintRatePercent", 4.9)),
                "remove-causes-of-complaints")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("serviceRecovery", "NONE").with("complaintRatePercent", 12)),
                "remove-causes-of-complaints")).isNull();
        assertThat(strength(evaluate(Profiles.neutral().with("serviceRecovery", "PROACTIVE").with("complaintRatePercent", 3)),
                "proactive-recovery")).isTrue();
        assertThat(strength(evaluate(Profiles.neutral().with("serviceRecovery", "PROACTIVE").with("complaintRatePercent", 5)),
                "proactive-recovery")).isFalse();
    }
}
