package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/emotional-connection.drl: K19-K27, with the emotion through service where the tactics are tempered (K8). */
class EmotionalConnectionRulesTest {

    private static Profiles processDriven() {
        return Profiles.neutral().with("processValue", 4).with("entertainmentValue", 2);
    }

    @Test
    void aProcessDrivenB2bCompanyWithTemperedTacticsGetsEmotionalConnectionThroughService() {
        var evaluation = evaluate(processDriven().with("market", "B2B"));
        assertThat(advice(evaluation, "connect-emotionally-in-b2b-process").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluation, "plan-surprises")).isNull();
        assertThat(advice(evaluate(processDriven().with("market", "MIXED")), "connect-emotionally-in-b2b-process")).isNotNull();
    }

    @Test
    void customersSeekingEmotionalValueOrAConsumerMarketGetNoB2bResolution() {
        assertThat(advice(evaluate(processDriven()), "connect-emotionally-in-b2b-process")).isNull();
        assertThat(advice(evaluate(processDriven().with("market", "B2B").customerValue(2, 2, 5, 4)),
                "connect-emotionally-in-b2b-process")).isNull();
    }

    @Test
    void aProcessDrivenConsumerBusinessWithTemperedTacticsAddsMagicAtLowPriority() {
        assertThat(advice(evaluate(processDriven()), "add-magic-to-efficiency").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(processDriven().customerValue(2, 2, 5, 4)), "add-magic-to-efficiency")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "add-magic-to-efficiency")).isNull();
    }

    @Test
    void littleTailoringWithStrictScriptsCallsForAFocusOnIndividuals() {
        var scripted = Profiles.neutral().with("standardization", 4).with("personalization", 2);
        assertThat(advice(evaluate(scripted), "focus-on-individual-customers").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scripted), "loosen-scripts-for-memorable-moments")).isNull();
        assertThat(advice(evaluate(scripted.with("personalization", 3)), "focus-on-individual-customers")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("personalization", 1)), "focus-on-individual-customers")).isNull();
    }

    @Test
    void moreDetractorsThanPromotersCallForMemorableMoments() {
        assertThat(advice(evaluate(Profiles.neutral().with("npsScore", -1)), "create-moments-customers-remember").priority())
                .isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("npsScore", 0)), "create-moments-customers-remember")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "create-moments-customers-remember")).isNull();
    }

    @Test
    void aColdRelationshipWithBusinessCustomersForgetsThatLoyaltyIsEmotional() {
        var cold = Profiles.neutral().with("market", "B2B").with("relationshipWarmth", 2);
        assertThat(advice(evaluate(cold), "connect-emotionally-with-business-customers").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(cold.with("relationshipWarmth", 3)), "connect-emotionally-with-business-customers")).isNull();
        assertThat(advice(evaluate(cold.with("relationshipWarmth", 2).with("processValue", 4).with("entertainmentValue", 2)),
                "connect-emotionally-with-business-customers")).isNull();
    }

    @Test
    void fullyScriptedContactIsLoosenedMediumUnlessTemperedAndStrictScriptsLow() {
        assertThat(advice(evaluate(Profiles.neutral().with("standardization", 5)), "loosen-scripts-for-memorable-moments")
                .priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("standardization", 4)), "loosen-scripts-for-memorable-moments")
                .priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(processDriven().with("standardization", 5)), "loosen-scripts-for-memorable-moments")
                .priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("standardization", 3)), "loosen-scripts-for-memorable-moments")).isNull();
    }

    @Test
    void aMixedMarketMustSpeakEachCustomersLanguage() {
        assertThat(advice(evaluate(Profiles.neutral().with("market", "MIXED")), "listen-and-speak-their-language").priority())
                .isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("market", "B2B")), "listen-and-speak-their-language")).isNull();
    }
}
