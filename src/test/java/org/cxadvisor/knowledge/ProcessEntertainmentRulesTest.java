package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/process-entertainment.drl: one advice per experience quadrant (K8), with its boundaries. */
class ProcessEntertainmentRulesTest {

    private static Profiles scores(int process, int entertainment) {
        return Profiles.neutral().with("processValue", process).with("entertainmentValue", entertainment);
    }

    @Test
    void aUtilityTypeCompanySolvesProblemsHighWhenTheProcessIsPoor() {
        assertThat(advice(evaluate(scores(2, 3)), "solve-customer-problems").priority()).isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(scores(3, 3)), "solve-customer-problems").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(4, 3)), "solve-customer-problems")).isNull();
    }

    @Test
    void aProcessDrivenCompanyKeepsProcessesFlawless() {
        assertThat(advice(evaluate(scores(4, 3)), "keep-processes-flawless").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(5, 1)), "keep-processes-flawless").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(scores(4, 4)), "keep-processes-flawless")).isNull();
        assertThat(advice(evaluate(scores(3, 3)), "keep-processes-flawless")).isNull();
    }

    @Test
    void anEntertainmentDrivenCompanyFixesItsCoreQuality() {
        assertThat(advice(evaluate(scores(2, 5)), "fix-core-quality").priority()).isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(scores(3, 4)), "fix-core-quality").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scores(4, 4)), "fix-core-quality")).isNull();
    }

    @Test
    void anExperienceLeaderProtectsBoth() {
        assertThat(advice(evaluate(scores(4, 4)), "protect-process-and-experience").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(scores(4, 3)), "protect-process-and-experience")).isNull();
    }
}
