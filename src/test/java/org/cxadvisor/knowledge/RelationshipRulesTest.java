package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/relationship.drl: one test per rule, a matching profile and a near miss. */
class RelationshipRulesTest {

    @Test
    void touchpointOnlyWorkIsAdvisedToLookAtTheRelationshipAndHighWithLowRetention() {
        var touchpoints = Profiles.neutral().with("journeyScope", "TOUCHPOINTS");
        assertThat(advice(evaluate(touchpoints), "look-beyond-touchpoints").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(touchpoints.with("retentionRatePercent", 59.5)), "look-beyond-touchpoints").priority())
                .isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(touchpoints.with("retentionRatePercent", 60)), "look-beyond-touchpoints").priority())
                .isEqualTo(Priority.MEDIUM);
    }

    @Test
    void relationshipScopeOrUnknownScopeGivesNoTouchpointAdvice() {
        assertThat(advice(evaluate(Profiles.neutral().with("journeyScope", "RELATIONSHIP")), "look-beyond-touchpoints")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "look-beyond-touchpoints")).isNull();
    }

    @Test
    void gesturesInAColdRelationshipMustFitIt() {
        assertThat(advice(evaluate(Profiles.neutral().with("relationshipWarmth", 2).with("personalGestures", true)),
                "fit-interventions-to-warmth").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("relationshipWarmth", 1).with("plannedSurprises", true)),
                "fit-interventions-to-warmth")).isNotNull();
        assertThat(advice(evaluate(Profiles.neutral().with("relationshipWarmth", 3).with("personalGestures", true)),
                "fit-interventions-to-warmth")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("relationshipWarmth", 2).with("personalGestures", false)),
                "fit-interventions-to-warmth")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("personalGestures", true)), "fit-interventions-to-warmth")).isNull();
    }

    @Test
    void lowestPriceAttractsDisloyalCustomersWorseWithLowRetention() {
        var cheap = Profiles.neutral().with("pricePositioning", "LOWEST_PRICE");
        assertThat(advice(evaluate(cheap), "loyalty-beyond-lowest-price").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(cheap.with("retentionRatePercent", 40)), "loyalty-beyond-lowest-price").priority())
                .isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(Profiles.neutral().with("retentionRatePercent", 40)), "loyalty-beyond-lowest-price")).isNull();
    }

    @Test
    void aWarmerWantedRelationshipIsAdvisedByTheSizeOfTheGap() {
        assertThat(advice(evaluate(Profiles.neutral().with("relationshipWarmth", 1).with("targetRelationshipWarmth", 4)),
                "grow-warmer-relationship").priority()).isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(Profiles.neutral().with("relationshipWarmth", 2).with("targetRelationshipWarmth", 4)),
                "grow-warmer-relationship").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("relationshipWarmth", 3).with("targetRelationshipWarmth", 4)),
                "grow-warmer-relationship").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("relationshipWarmth", 4).with("targetRelationshipWarmth", 4)),
                "grow-warmer-relationship")).isNull();
    }

    @Test
    void aWarmAmbitionWithLowestPricesSendsAMixedImage() {
        assertThat(advice(evaluate(Profiles.neutral().with("pricePositioning", "LOWEST_PRICE").with("targetRelationshipWarmth", 4)),
                "align-image-with-relationship").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("pricePositioning", "LOWEST_PRICE").with("targetRelationshipWarmth", 3)),
                "align-image-with-relationship")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("pricePositioning", "MID_MARKET").with("targetRelationshipWarmth", 5)),
                "align-image-with-relationship")).isNull();
    }

    @Test
    void knowingTodaysButNotTheWantedRelationshipCallsForADecision() {
        assertThat(advice(evaluate(Profiles.neutral().with("relationshipWarmth", 2)), "decide-wanted-relationship").priority())
                .isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("relationshipWarmth", 2).with("targetRelationshipWarmth", 2)),
                "decide-wanted-relationship")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "decide-wanted-relationship")).isNull();
    }
}
