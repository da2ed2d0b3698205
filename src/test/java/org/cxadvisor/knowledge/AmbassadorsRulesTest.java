package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/ambassadors.drl: one test per rule, a matching profile and a near miss. */
class AmbassadorsRulesTest {

    @Test
    void unhappyStaffGetHighPriorityEngagementAdvice() {
        var evaluation = evaluate(Profiles.neutral().with("employeeEngagement", 2));
        assertThat(advice(evaluation, "engage-unhappy-staff").priority()).isEqualTo(Priority.HIGH);
        assertThat(advice(evaluation, "engage-unhappy-staff").rule())
                .isEqualTo("Unhappy customer-facing staff cannot be sincerely friendly");
    }

    @Test
    void middlingEngagementIsLowPriorityAndEngagedStaffNeedNoAdvice() {
        assertThat(advice(evaluate(Profiles.neutral().with("employeeEngagement", 3)), "engage-unhappy-staff").priority())
                .isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("employeeEngagement", 4)), "engage-unhappy-staff")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "engage-unhappy-staff")).isNull();
    }

    @Test
    void notHiringOnAttitudeIsAdvisedHighWhenStaffAreUnhappy() {
        assertThat(advice(evaluate(Profiles.neutral().with("hiringForServiceAttitude", false)
                .with("employeeEngagement", 1)), "select-on-attitude").priority()).isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(Profiles.neutral().with("hiringForServiceAttitude", false)), "select-on-attitude")
                .priority()).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void hiringOnAttitudeOrUnknownGivesNoSelectionAdvice() {
        assertThat(advice(evaluate(Profiles.neutral().with("hiringForServiceAttitude", true)
                .with("employeeEngagement", 1)), "select-on-attitude")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "select-on-attitude")).isNull();
    }
}
