package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;
import static org.cxadvisor.support.ShippedRules.strength;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/ambassadors.drl: unhappy staff and selection on attitude (K11), one item per company, and the strength. */
class AmbassadorsRulesTest {

    @Test
    void unhappyStaffSelectedOnAttitudeGetHighPriorityEngagementAdvice() {
        var evaluation = evaluate(Profiles.neutral().with("employeeEngagement", 2));
        assertThat(advice(evaluation, "engage-unhappy-staff").priority()).isEqualTo(Priority.HIGH);
        assertThat(advice(evaluation, "engage-unhappy-staff").rule())
                .isEqualTo("Unhappy customer-facing staff cannot be sincerely friendly");
    }

    @Test
    void middlingEngagementIsNotCalledUnhappy() {
        assertThat(advice(evaluate(Profiles.neutral().with("employeeEngagement", 3)), "engage-unhappy-staff")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "engage-unhappy-staff")).isNull();
    }

    @Test
    void notHiringOnAttitudeIsHighWhenStaffAreUnhappy() {
        var unhappy = evaluate(Profiles.neutral().with("hiringForServiceAttitude", false).with("employeeEngagement", 2));
        assertThat(advice(unhappy, "select-on-attitude").priority()).isEqualTo(Priority.HIGH);
        assertThat(advice(unhappy, "engage-unhappy-staff").priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void notHiringOnAttitudeIsMediumOtherwise() {
        assertThat(advice(evaluate(Profiles.neutral().with("hiringForServiceAttitude", false)), "select-on-attitude")
                .priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("hiringForServiceAttitude", false).with("employeeEngagement", 3)),
                "select-on-attitude").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("hiringForServiceAttitude", true)), "select-on-attitude")).isNull();
    }

    @Test
    void engagedStaffSelectedOnAttitudeAreAStrength() {
        var engaged = Profiles.neutral().with("hiringForServiceAttitude", true).with("employeeEngagement", 4);
        assertThat(strength(evaluate(engaged), "sincere-ambassadors")).isTrue();
        assertThat(strength(evaluate(engaged.with("employeeEngagement", 3)), "sincere-ambassadors")).isFalse();
    }
}
