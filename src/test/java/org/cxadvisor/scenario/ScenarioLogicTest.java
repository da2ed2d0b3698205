package org.cxadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.advice.Priority;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.FieldRole;
import org.cxadvisor.profile.InvalidProfileException;
import org.cxadvisor.profile.ProfileChanges;
import org.cxadvisor.profile.Violation;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.SmallRules;
import org.junit.jupiter.api.Test;

/**
 * Diff, sweep and counterfactual logic, without Spring, over the small fixed knowledge base in
 * src/test/resources/smallkb/rules (classification + the two ambassador rules), so exact lists can be asserted.
 * The shipped rules' what-ifs are checked in ScenarioShippedRulesTest.
 */
class ScenarioLogicTest {

    private final EvaluationService evaluation = new EvaluationService(SmallRules::knowledgeBase, new AdviceEngine(10_000));
    private final ScenarioService scenarios = new ScenarioService(evaluation);

    private static Map<String, Object> unhappyStaff() {
        return Profiles.unhappyStaffBikeShop().json();
    }

    private static Map<String, Object> variant(String name, Object... changes) {
        Map<String, Object> c = new LinkedHashMap<>();
        for (int i = 0; i < changes.length; i += 2) {
            c.put((String) changes[i], changes[i + 1]);
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("changes", c);
        return v;
    }

    private static Map<String, Object> request(Map<String, Object> baseline, Object... variants) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("baseline", baseline);
        body.put("variants", List.of(variants));
        return body;
    }

    @Test
    void engagedWellChosenStaffRemoveTheAmbassadorAdvice() {
        var comparison = scenarios.compare(ScenarioRequest.comparison(request(unhappyStaff(),
                variant("engaged, well-chosen staff", "employeeEngagement", 5, "hiringForServiceAttitude", true)), Locale.ENGLISH));
        ScenarioDiff diff = comparison.outcomes().get(0).diff();
        assertThat(diff.removed()).containsExactlyInAnyOrder("engage-unhappy-staff", "select-on-attitude");
        assertThat(diff.added()).isEmpty();
        assertThat(diff.changedPriority()).isEmpty();
        assertThat(comparison.outcomes().get(0).variant().profile().employeeEngagement()).isEqualTo(5);
    }

    @Test
    void diffReportsPriorityAndConclusionChanges() {
        var comparison = scenarios.compare(ScenarioRequest.comparison(request(unhappyStaff(),
                variant("middling", "employeeEngagement", 3, "processValue", 4)), Locale.ENGLISH));
        ScenarioDiff diff = comparison.outcomes().get(0).diff();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changedPriority()).containsExactlyInAnyOrder(
                new ScenarioDiff.PriorityChange("engage-unhappy-staff", Priority.HIGH, Priority.LOW),
                new ScenarioDiff.PriorityChange("select-on-attitude", Priority.HIGH, Priority.MEDIUM));
        assertThat(diff.changedConclusions()).containsExactly(
                new ScenarioDiff.ConclusionChange("EXPERIENCE_QUADRANT", "UTILITY", "PROCESS_DRIVEN"));
    }

    @Test
    void nullMakesAnOptionalFieldUnknownAndConclusionsCanAppear() {
        var comparison = scenarios.compare(ScenarioRequest.comparison(request(unhappyStaff(),
                variant("not known", "employeeEngagement", null),
                variant("values known", "customerValue", Map.of("functional", 2, "economic", 2, "emotional", 5, "symbolic", 4))),
                Locale.ENGLISH));
        assertThat(comparison.outcomes().get(0).variant().profile().employeeEngagement()).isNull();
        assertThat(comparison.outcomes().get(0).diff().removed()).containsExactly("engage-unhappy-staff");
        assertThat(comparison.outcomes().get(1).diff().changedConclusions()).containsExactly(
                new ScenarioDiff.ConclusionChange("STRATEGY_TRACK", null, "EXPERIENCE"),
                new ScenarioDiff.ConclusionChange("VALUE_FOCUS", null, "EMOTIONAL"));
    }

    @Test
    void customerValuePartsChangeOneAtATimeButAreKnownOnlyAsAWhole() {
        CompanyProfile known = Profiles.neutral().customerValue(5, 3, 2, 2).build();
        assertThat(ProfileChanges.apply(known, Map.of("customerValue.emotional", 4)).customerValue().emotional()).isEqualTo(4);
        assertThat(ProfileChanges.apply(known, Map.of("customerValue.emotional", 4)).customerValue().functional()).isEqualTo(5);
        assertThat(known.customerValue().emotional()).isEqualTo(2);
        Map<String, Object> toUnknown = new LinkedHashMap<>();
        toUnknown.put("customerValue", null);
        assertThat(ProfileChanges.apply(known, toUnknown).customerValue()).isNull();

        Map<String, Object> partNull = new LinkedHashMap<>();
        partNull.put("customerValue.emotional", null);
        assertThatThrownBy(() -> ProfileChanges.apply(known, partNull)).isInstanceOf(InvalidProfileException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("customerValue.emotional"));
        CompanyProfile unknown = Profiles.neutral().build();
        assertThatThrownBy(() -> ProfileChanges.apply(unknown, Map.of("customerValue.emotional", 4)))
                .satisfies(e -> assertThat(((InvalidProfileException) e).violations().get(0).messageKey())
                        .isEqualTo("scenarios.error.partWithoutGroup"));
        assertThat(ProfileChanges.apply(unknown, Map.of("customerValue.functional", 1, "customerValue.economic", 2,
                "customerValue.emotional", 3, "customerValue.symbolic", 4)).customerValue().symbolic()).isEqualTo(4);
    }

    @Test
    void badChangesNameVariantAndField() {
        assertThatThrownBy(() -> ScenarioRequest.comparison(request(unhappyStaff(),
                variant("fine", "employeeEngagement", 4),
                variant("too happy", "employeeEngagement", 9, "typo", 1)), Locale.ENGLISH))
                .isInstanceOf(InvalidScenarioException.class)
                .satisfies(e -> {
                    List<Violation> violations = ((InvalidScenarioException) e).violations();
                    assertThat(fields(e)).containsExactlyInAnyOrder("variants[1].changes.employeeEngagement",
                            "variants[1].changes.typo");
                    assertThat(violations).allSatisfy(v -> assertThat(v.message(Locale.ENGLISH)).startsWith("Variant \"too happy\": "));
                });
    }

    @Test
    void sweepOverProcessValueChangesTheQuadrantAtFour() {
        var sweep = scenarios.sweep(ScenarioRequest.sweep(Map.of("baseline", unhappyStaff(), "field", "processValue")));
        assertThat(sweep.rows()).extracting(ScenarioService.SweepRow::value).containsExactly(1, 2, 3, 4, 5);
        List<Object> quadrants = new ArrayList<>();
        sweep.rows().forEach(r -> quadrants.add(r.conclusions().stream()
                .filter(c -> c.type().equals("EXPERIENCE_QUADRANT")).findFirst().orElseThrow().value()));
        assertThat(quadrants).containsExactly("UTILITY", "UTILITY", "UTILITY", "PROCESS_DRIVEN", "PROCESS_DRIVEN");
        assertThat(sweep.rows().get(0).advice()).containsExactly("engage-unhappy-staff", "select-on-attitude");
    }

    @Test
    void sweepOfAnOpenFieldNeedsValues() {
        assertThatThrownBy(() -> ScenarioRequest.sweep(Map.of("baseline", unhappyStaff(), "field", "npsScore")))
                .satisfies(e -> assertThat(fields(e)).containsExactly("values"));
        assertThatThrownBy(() -> ScenarioRequest.sweep(Map.of("baseline", unhappyStaff(), "field", "employeeEngagement",
                "values", List.of(1, 7)))).satisfies(e -> assertThat(fields(e)).containsExactly("values[1]"));
        assertThat(scenarios.sweep(ScenarioRequest.sweep(Map.of("baseline", unhappyStaff(), "field", "npsScore",
                "values", List.of(-20, 40)))).rows()).hasSize(2);
    }

    @Test
    void counterfactualsOfUnhappyStaffNameEngagementAndHiring() {
        CompanyProfile profile = ScenarioRequest.profileOf(Map.of("profile", unhappyStaff()));
        var analysis = scenarios.counterfactuals(profile);
        var removes = analysis.counterfactuals().stream().filter(c -> c.effect() == Counterfactuals.Effect.REMOVES).toList();
        assertThat(removes).anySatisfy(c -> {
            assertThat(c.adviceId()).isEqualTo("engage-unhappy-staff");
            assertThat(c.category()).isEqualTo("AMBASSADORS");
            assertThat(c.changes()).isEqualTo(Map.of("employeeEngagement", 4));   // nearest value that removes it
            assertThat(c.values()).containsExactly(4, 5);
            assertThat(ScenarioWords.counterfactual(c, Locale.ENGLISH))
                    .isEqualTo("Would disappear if employee engagement were 4 or more.");
        });
        assertThat(removes).anySatisfy(c -> {
            assertThat(c.adviceId()).isEqualTo("select-on-attitude");
            assertThat(c.changes()).isEqualTo(Map.of("hiringForServiceAttitude", true));
        });
        assertThat(removes).extracting(Counterfactuals.Counterfactual::field)
                .contains("employeeEngagement", "hiringForServiceAttitude");
        // nothing else fires; every proposed change is a single field
        assertThat(analysis.counterfactuals()).allSatisfy(c -> assertThat(c.changes()).hasSize(1));
        assertThat(analysis.evaluations()).isLessThan(100);
    }

    @Test
    void counterfactualsNeverOfferAStepThatMakesAPracticeWorse() {
        // engaged staff hired on attitude: lower engagement or no longer hiring on attitude would add advice, but a
        // step back is not a step to offer
        CompanyProfile engaged = Profiles.neutral().with("employeeEngagement", 5).with("hiringForServiceAttitude", true).build();
        var adds = scenarios.counterfactuals(engaged).counterfactuals();
        assertThat(adds).noneSatisfy(c -> assertThat(c.field()).isIn("employeeEngagement", "hiringForServiceAttitude"));

        // in the middle of the scale, only the better direction is tried
        CompanyProfile middling = Profiles.neutral().with("employeeEngagement", 3).build();
        var removes = scenarios.counterfactuals(middling).counterfactuals();
        assertThat(removes).anySatisfy(c -> {
            assertThat(c.adviceId()).isEqualTo("engage-unhappy-staff");
            assertThat(c.effect()).isEqualTo(Counterfactuals.Effect.REMOVES);
            assertThat(c.kind()).isEqualTo(FieldRole.LEVER);
            assertThat(c.values()).containsExactly(4, 5);
        });
        assertThat(removes).noneSatisfy(c -> assertThat(c.changes()).isEqualTo(Map.of("employeeEngagement", 2)));
    }

    @Test
    void counterfactualsAddAdviceThatDoesNotFireAndPreferTheSmallestStep() {

        // unknown engagement: the working value nearest the middle of the scale
        var unknown = scenarios.counterfactuals(Profiles.neutral().build()).counterfactuals();
        assertThat(unknown).anySatisfy(c -> {
            assertThat(c.adviceId()).isEqualTo("engage-unhappy-staff");
            assertThat(c.from()).isNull();
            assertThat(c.changes()).isEqualTo(Map.of("employeeEngagement", 3));
        });
    }

    private static List<String> fields(Throwable e) {
        return ((InvalidProfileException) e).violations().stream().map(Violation::field).toList();
    }
}
