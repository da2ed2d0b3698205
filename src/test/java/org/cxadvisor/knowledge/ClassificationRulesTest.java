package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.conclusion;
import static org.cxadvisor.support.ShippedRules.evaluate;

import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.ShippedRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The spec's conclusions and their boundaries (rules/classification.drl). */
class ClassificationRulesTest {

    @ParameterizedTest(name = "process {0}, entertainment {1} -> {2}")
    @CsvSource({
            "1,1,UTILITY", "3,3,UTILITY",
            "4,3,PROCESS_DRIVEN", "5,1,PROCESS_DRIVEN",
            "3,4,ENTERTAINMENT_DRIVEN", "1,5,ENTERTAINMENT_DRIVEN",
            "4,4,EXPERIENCE_LEADER", "5,5,EXPERIENCE_LEADER"})
    void experienceQuadrantCountsFourAndFiveAsHigh(int process, int entertainment, String quadrant) {
        var evaluation = evaluate(Profiles.neutral().with("processValue", process).with("entertainmentValue", entertainment));
        assertThat(conclusion(evaluation, "EXPERIENCE_QUADRANT")).isEqualTo(quadrant);
    }

    @ParameterizedTest(name = "value {0}/{1}/{2}/{3} -> focus {4}, track {5}")
    @CsvSource({
            "5,3,3,2,PRACTICAL,PERFORMANCE",     // practical 5 leads emotional 3 by 2
            "3,5,1,3,PRACTICAL,PERFORMANCE",     // economic counts as practical
            "4,3,3,3,BALANCED,CUSTOMIZATION",    // a lead of 1 is not enough
            "2,2,3,3,BALANCED,CUSTOMIZATION",
            "2,1,4,1,EMOTIONAL,EXPERIENCE",      // emotional 4 leads practical 2 by 2
            "1,3,2,5,EMOTIONAL,EXPERIENCE",      // symbolic counts as emotional
            "3,3,4,3,BALANCED,CUSTOMIZATION"})
    void valueFocusNeedsALeadOfTwoAndDecidesTheTrack(int functional, int economic, int emotional, int symbolic,
                                                    String focus, String track) {
        var evaluation = evaluate(Profiles.neutral().customerValue(functional, economic, emotional, symbolic));
        assertThat(conclusion(evaluation, "VALUE_FOCUS")).isEqualTo(focus);
        assertThat(conclusion(evaluation, "STRATEGY_TRACK")).isEqualTo(track);
    }

    @Test
    void unknownCustomerValueConcludesNoFocusAndNoTrack() {
        var evaluation = evaluate(Profiles.neutral());
        assertThat(conclusion(evaluation, "VALUE_FOCUS")).isNull();
        assertThat(conclusion(evaluation, "STRATEGY_TRACK")).isNull();
    }

    @Test
    void relationshipGapIsTargetMinusCurrentWhenBothAreKnown() {
        assertThat(conclusion(evaluate(Profiles.neutral().with("relationshipWarmth", 2)
                .with("targetRelationshipWarmth", 5)), "RELATIONSHIP_GAP")).isEqualTo(3);
        assertThat(conclusion(evaluate(Profiles.neutral().with("relationshipWarmth", 4)
                .with("targetRelationshipWarmth", 3)), "RELATIONSHIP_GAP")).isEqualTo(-1);
        assertThat(conclusion(evaluate(Profiles.neutral().with("relationshipWarmth", 2)), "RELATIONSHIP_GAP")).isNull();
    }

    @Test
    void everyConclusionNamesTheRuleThatDerivedIt() {
        var evaluation = evaluate(Profiles.neutral().customerValue(5, 3, 2, 2));
        assertThat(evaluation.conclusions()).allSatisfy(c ->
                assertThat(ShippedRules.knowledgeBase().rule(c.rule())).isPresent());
    }
}
