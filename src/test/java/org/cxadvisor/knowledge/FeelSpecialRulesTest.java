package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/feel-special.drl: a gesture tactic that fits consumers or business customers, kept personal. */
class FeelSpecialRulesTest {

    @Test
    void consumersWithoutGesturesGetTheConsumerTacticHighWhenAWarmRelationshipIsFarAway() {
        var noGestures = Profiles.neutral().with("personalGestures", false);
        assertThat(advice(evaluate(noGestures), "make-customers-feel-special").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(noGestures.with("targetRelationshipWarmth", 4)), "make-customers-feel-special").priority())
                .isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(noGestures.with("relationshipWarmth", 3)), "make-customers-feel-special").priority())
                .isEqualTo(Priority.MEDIUM);
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
        assertThat(advice(evaluate(b2b.with("market", "MIXED").with("relationshipWarmth", 1).with("targetRelationshipWarmth", 5)),
                "make-business-customers-feel-special").priority()).isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(b2b), "make-customers-feel-special")).isNull();
    }

    @Test
    void gesturesInAStrictlyStandardizedCompanyMustStayPersonal() {
        assertThat(advice(evaluate(Profiles.neutral().with("personalGestures", true).with("standardization", 4)),
                "personalize-standard-gestures").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("personalGestures", true).with("standardization", 3)),
                "personalize-standard-gestures")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("personalGestures", false).with("standardization", 5)),
                "personalize-standard-gestures")).isNull();
    }
}
