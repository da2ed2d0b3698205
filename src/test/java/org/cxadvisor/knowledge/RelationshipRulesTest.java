package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;
import static org.cxadvisor.support.ShippedRules.strength;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/relationship.drl: from transaction to relationship (K2-K6), and the relationship strengths. */
class RelationshipRulesTest {

    @Test
    void touchpointOnlyWorkIsAdvisedToLookAtTheRelationship() {
        assertThat(advice(evaluate(Profiles.neutral().with("journeyScope", "TOUCHPOINTS")), "look-beyond-touchpoints")
                .priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral()), "look-beyond-touchpoints")).isNull();
    }

    @Test
    void lookingAtTheRelationshipIsAStrength() {
        assertThat(strength(evaluate(Profiles.neutral().with("journeyScope", "RELATIONSHIP")), "relationship-view")).isTrue();
        assertThat(advice(evaluate(Profiles.neutral().with("journeyScope", "RELATIONSHIP")), "look-beyond-touchpoints")).isNull();
        assertThat(strength(evaluate(Profiles.neutral().with("journeyScope", "TOUCHPOINTS")), "relationship-view")).isFalse();
    }

    @Test
    void gesturesInAColdRelationshipThatShouldStayColdMustFitIt() {
        var cold = Profiles.neutral().with("relationshipWarmth", 2).with("personalGestures", true);
        assertThat(advice(evaluate(cold), "fit-interventions-to-warmth").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(cold.with("targetRelationshipWarmth", 2)), "fit-interventions-to-warmth")).isNotNull();
        assertThat(advice(evaluate(cold.with("targetRelationshipWarmth", 3)), "fit-interventions-to-warmth")).isNull();
        assertThat(advice(evaluate(cold.with("targetRelationshipWarmth", null).with("relationshipWarmth", 3)),
                "fit-interventions-to-warmth")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("personalGestures", true)), "fit-interventions-to-warmth")).isNull();
    }

    @Test
    void lowestPriceAttractsDisloyalCustomersUnlessAWarmRelationshipIsWantedToo() {
        var cheap = Profiles.neutral().with("pricePositioning", "LOWEST_PRICE");
        assertThat(advice(evaluate(cheap), "loyalty-beyond-lowest-price").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(cheap.with("targetRelationshipWarmth", 4)), "loyalty-beyond-lowest-price")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "loyalty-beyond-lowest-price")).isNull();
    }

    @Test
    void aWarmerWantedRelationshipIsAdvisedByTheSizeOfTheGap() {
        var now = Profiles.neutral().with("relationshipWarmth", 1);
        assertThat(advice(evaluate(now.with("targetRelationshipWarmth", 4)), "grow-warmer-relationship").priority())
                .isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(now.with("targetRelationshipWarmth", 3)), "grow-warmer-relationship").priority())
                .isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(now.with("targetRelationshipWarmth", 2)), "grow-warmer-relationship").priority())
                .isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(now.with("targetRelationshipWarmth", 1)), "grow-warmer-relationship")).isNull();
    }

    @Test
    void havingTheWantedRelationshipIsAStrength() {
        var now = Profiles.neutral().with("relationshipWarmth", 4);
        assertThat(strength(evaluate(now.with("targetRelationshipWarmth", 4)), "wanted-relationship-reached")).isTrue();
        assertThat(strength(evaluate(now.with("targetRelationshipWarmth", 5)), "wanted-relationship-reached")).isFalse();
    }

    @Test
    void aWarmAmbitionWithLowestPricesSendsAMixedImage() {
        var cheap = Profiles.neutral().with("pricePositioning", "LOWEST_PRICE");
        assertThat(advice(evaluate(cheap.with("targetRelationshipWarmth", 4)), "align-image-with-relationship").priority())
                .isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(cheap.with("targetRelationshipWarmth", 3)), "align-image-with-relationship")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("targetRelationshipWarmth", 5)), "align-image-with-relationship")).isNull();
    }

    @Test
    void knowingTodaysButNotTheWantedRelationshipCallsForADecision() {
        assertThat(advice(evaluate(Profiles.neutral().with("relationshipWarmth", 3)), "decide-wanted-relationship").priority())
                .isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("relationshipWarmth", 3).with("targetRelationshipWarmth", 3)),
                "decide-wanted-relationship")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "decide-wanted-relationship")).isNull();
    }
}
