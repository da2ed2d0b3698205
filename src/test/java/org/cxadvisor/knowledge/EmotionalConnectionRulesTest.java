package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/emotional-connection.drl, including its resolution of K8 against K24 for process-driven companies. */
class EmotionalConnectionRulesTest {

    private static Profiles processDriven() {
        return Profiles.neutral().with("processValue", 5).with("entertainmentValue", 2);
    }

    @Test
    void aProcessDrivenB2bCompanyGetsEmotionalConnectionThroughServiceInsteadOfExperienceMarketing() {
        var evaluation = evaluate(processDriven().with("market", "B2B").with("sensoryDesign", false).with("plannedSurprises", false));
        assertThat(advice(evaluation, "connect-emotionally-in-b2b-process").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluation, "stimulate-the-senses")).isNull();
        assertThat(advice(evaluation, "plan-surprises")).isNull();
        assertThat(advice(evaluate(processDriven().with("market", "MIXED")), "connect-emotionally-in-b2b-process")).isNotNull();
    }

    @Test
    void neitherAConsumerBusinessNorANonProcessDrivenOneGetsTheB2bResolution() {
        assertThat(advice(evaluate(processDriven()), "connect-emotionally-in-b2b-process")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("processValue", 4).with("entertainmentValue", 4).with("market", "B2B")),
                "connect-emotionally-in-b2b-process")).isNull();
    }

    @Test
    void aProcessDrivenConsumerBusinessAddsMagicAtLowPriority() {
        assertThat(advice(evaluate(processDriven()), "add-magic-to-efficiency").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(processDriven().with("market", "B2B")), "add-magic-to-efficiency")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "add-magic-to-efficiency")).isNull();
    }

    @Test
    void littleTailoringWithStrictScriptsCallsForAFocusOnIndividuals() {
        var scripted = Profiles.neutral().with("standardization", 4);
        assertThat(advice(evaluate(scripted.with("personalization", 1)), "focus-on-individual-customers").priority())
                .isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(scripted.with("personalization", 2)), "focus-on-individual-customers").priority())
                .isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(scripted.with("personalization", 3)), "focus-on-individual-customers")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("personalization", 1).with("standardization", 3)),
                "focus-on-individual-customers")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("personalization", 1)), "focus-on-individual-customers")).isNull();
    }

    @Test
    void fewPromotersCallForMemorableMoments() {
        assertThat(advice(evaluate(Profiles.neutral().with("npsScore", -1)), "create-moments-customers-remember").priority())
                .isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(Profiles.neutral().with("npsScore", 29)), "create-moments-customers-remember").priority())
                .isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("npsScore", 30)), "create-moments-customers-remember")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "create-moments-customers-remember")).isNull();
    }

    @Test
    void aColdRelationshipWithBusinessCustomersForgetsThatLoyaltyIsEmotional() {
        assertThat(advice(evaluate(Profiles.neutral().with("market", "B2B").with("relationshipWarmth", 2)),
                "connect-emotionally-with-business-customers").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("market", "B2B").with("relationshipWarmth", 3)),
                "connect-emotionally-with-business-customers")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("market", "B2C").with("relationshipWarmth", 1)),
                "connect-emotionally-with-business-customers")).isNull();
        assertThat(advice(evaluate(processDriven().with("market", "B2B").with("relationshipWarmth", 1)),
                "connect-emotionally-with-business-customers")).isNull();
    }

    @Test
    void strictScriptsAreLoosenedExceptInProcessDrivenCompanies() {
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
        assertThat(advice(evaluate(Profiles.neutral().with("market", "MIXED").with("standardization", 4)),
                "listen-and-speak-their-language").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("market", "B2C").with("standardization", 5)),
                "listen-and-speak-their-language")).isNull();
    }
}
