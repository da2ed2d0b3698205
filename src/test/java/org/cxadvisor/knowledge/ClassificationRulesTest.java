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

    @ParameterizedTest(name = "process {0}, entertainment {1}, value {2} -> tactics {3}")
    @CsvSource(nullValues = "none", value = {
            "4,2,practical,TEMPERED", "2,4,practical,TEMPERED",   // what customers seek decides, whatever the quadrant
            "4,2,unknown,TEMPERED",                               // unknown: K8's process-driven example stands
            "4,2,emotional,FULL", "4,2,balanced,FULL",            // a process-driven company whose customers seek emotion
            "2,4,emotional,none", "3,3,unknown,none"})            // no tension, no conclusion
    void whatCustomersSeekDecidesHowTheExperienceTacticsAreWeighed(int process, int entertainment, String value, String tactics) {
        var profile = Profiles.neutral().with("processValue", process).with("entertainmentValue", entertainment);
        switch (value) {
            case "practical" -> profile.customerValue(5, 4, 2, 2);
            case "emotional" -> profile.customerValue(2, 2, 5, 4);
            case "balanced" -> profile.customerValue(4, 3, 4, 3);
            default -> { }
        }
        assertThat(conclusion(evaluate(profile), "EXPERIENCE_TACTICS")).isEqualTo(tactics);
    }

    @ParameterizedTest(name = "{0}, {1} -> {2}")
    @CsvSource({"HEALTHCARE,B2C,CARE_AND_PUBLIC", "PUBLIC_SECTOR,B2B,CARE_AND_PUBLIC", "PROFESSIONAL_SERVICES,B2B,BUSINESS",
            "RETAIL,MIXED,SHOP_AND_VENUE", "HOSPITALITY,B2C,SHOP_AND_VENUE", "E_COMMERCE,B2C,ONLINE", "SOFTWARE,MIXED,ONLINE",
            "FINANCIAL_SERVICES,B2C,ADVISORY", "UTILITY,MIXED,UTILITY_SERVICE", "MANUFACTURING,B2C,GENERAL", "OTHER,B2C,GENERAL"})
    void sectorAndMarketDecideWhichExamplesFit(String sector, String market, String fit) {
        var evaluation = evaluate(Profiles.neutral().with("sector", sector).with("market", market));
        assertThat(conclusion(evaluation, "SECTOR_FIT")).isEqualTo(fit);
        assertThat(evaluation.conclusions()).filteredOn(c -> c.type().equals("SECTOR_FIT")).hasSize(1);
    }
}
