package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;
import static org.cxadvisor.support.ShippedRules.strength;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/feel-special.drl: a gesture tactic for consumers or business customers, and gestures as a strength. */
class FeelSpecialRulesTest {

    @Test
    void consumersWithoutGesturesGetTheConsumerTactic() {
        var noGestures = Profiles.neutral().with("personalGestures", false);
        assertThat(advice(evaluate(noGestures), "make-customers-feel-special").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(noGestures), "make-business-customers-feel-special")).isNull();
    }

    @Test
    void gesturesAlreadyMadeOrUnknownGiveNoFeelSpecialAdvice() {
        assertThat(advice(evaluate(Profiles.neutral().with("personalGestures", true)), "make-customers-feel-special")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "make-customers-feel-special")).isNull();
    }

    @Test
    void businessCustomersWithoutGesturesGetTheBusinessTactic() {
        var b2b = Profiles.neutral().with("personalGestures", false).with("market", "B2B");
        assertThat(advice(evaluate(b2b), "make-business-customers-feel-special").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(b2b.with("market", "MIXED")), "make-business-customers-feel-special")).isNotNull();
        assertThat(advice(evaluate(b2b), "make-customers-feel-special")).isNull();
    }

    @Test
    void gesturesAreAStrengthUnlessStrictScriptsMakeThemRoutine() {
        assertThat(strength(evaluate(Profiles.neutral().with("personalGestures", true).with("standardization", 3)),
                "personal-gestures")).isTrue();
        assertThat(strength(evaluate(Profiles.neutral().with("personalGestures", true).with("standardization", 4)),
                "personal-gestures")).isFalse();
        assertThat(advice(evaluate(Profiles.neutral().with("personalGestures", true).with("standardization", 4)),
                "loosen-scripts-for-memorable-moments")).isNotNull();
    }
}
