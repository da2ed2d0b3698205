package org.cxadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: the what-ifs a consultant relies on, with the shipped knowledge base. The knowledge base grows, so
 * these tests assert only the advice and conclusions that matter (contains / doesNotContain), never whole lists;
 * the mechanism itself is pinned down exactly in ScenarioLogicTest over a fixed fixture.
 */
class ScenarioShippedRulesTest {

    private final ScenarioService scenarios = new ScenarioService(
            new EvaluationService(ShippedRules::knowledgeBase, new AdviceEngine(10_000)));

    private static Map<String, Object> unhappyStaff() {
        return Profiles.unhappyStaffBikeShop().json();
    }

    private static ScenarioService.Comparison compare(ScenarioService scenarios, Map<String, Object> changes, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("baseline", unhappyStaff());
        body.put("variants", List.of(Map.of("name", "variant", "changes", changes)));
        return scenarios.compare(ScenarioRequest.comparison(body, locale));
    }

    @Test
    void engagedWellChosenStaffRemoveTheAmbassadorAdvice() {
        var comparison = compare(scenarios, Map.of("employeeEngagement", 5, "hiringForServiceAttitude", true), Locale.ENGLISH);
        var outcome = comparison.outcomes().get(0);
        assertThat(comparison.baseline().adviceIds()).contains("engage-unhappy-staff", "select-on-attitude");
        assertThat(outcome.diff().removed()).contains("engage-unhappy-staff", "select-on-attitude");
        assertThat(outcome.diff().added()).doesNotContain("engage-unhappy-staff", "select-on-attitude");
        assertThat(outcome.diff().changedPriority()).extracting(ScenarioDiff.PriorityChange::id)
                .doesNotContain("engage-unhappy-staff", "select-on-attitude");
        // nothing about the experience quadrant depends on staff
        assertThat(outcome.diff().changedConclusions()).extracting(ScenarioDiff.ConclusionChange::type)
                .doesNotContain("EXPERIENCE_QUADRANT");
    }

    @Test
    void aFasterProcessMovesTheQuadrantAndKeepsTheStaffAdvice() {
        var diff = compare(scenarios, Map.of("processValue", 4), Locale.ENGLISH).outcomes().get(0).diff();
        assertThat(diff.changedConclusions()).contains(
                new ScenarioDiff.ConclusionChange("EXPERIENCE_QUADRANT", "UTILITY", "PROCESS_DRIVEN"));
        assertThat(diff.removed()).doesNotContain("engage-unhappy-staff", "select-on-attitude");
    }

    @Test
    void sweepOverProcessValueChangesTheQuadrantAtFour() {
        var sweep = scenarios.sweep(ScenarioRequest.sweep(Map.of("baseline", unhappyStaff(), "field", "processValue")));
        assertThat(sweep.rows()).extracting(ScenarioService.SweepRow::value).containsExactly(1, 2, 3, 4, 5);
        for (ScenarioService.SweepRow row : sweep.rows()) {
            Object quadrant = row.conclusions().stream().filter(c -> c.type().equals("EXPERIENCE_QUADRANT"))
                    .findFirst().orElseThrow().value();
            assertThat(quadrant).as("quadrant at processValue %s", row.value())
                    .isEqualTo(((Integer) row.value()) >= 4 ? "PROCESS_DRIVEN" : "UTILITY");
            assertThat(row.advice()).contains("engage-unhappy-staff", "select-on-attitude");
        }
    }

    @Test
    void counterfactualsNameEngagementAndHiring() {
        CompanyProfile profile = ScenarioRequest.profileOf(Map.of("profile", unhappyStaff()));
        var removes = scenarios.counterfactuals(profile).counterfactuals().stream()
                .filter(c -> c.effect() == Counterfactuals.Effect.REMOVES).toList();
        assertThat(removes).anySatisfy(c -> {
            assertThat(c.adviceId()).isEqualTo("engage-unhappy-staff");
            assertThat(c.changes()).isEqualTo(Map.of("employeeEngagement", 3));
            assertThat(ScenarioWords.counterfactual(c, Locale.ENGLISH)).isEqualTo("Would disappear if employee engagement were 3 or more.");
            assertThat(ScenarioWords.counterfactual(c, Messages.DUTCH)).contains("betrokkenheid van medewerkers").doesNotContain("?");
        });
        assertThat(removes).anySatisfy(c -> {
            assertThat(c.adviceId()).isEqualTo("select-on-attitude");
            assertThat(c.changes()).isEqualTo(Map.of("hiringForServiceAttitude", true));
        });
        assertThat(removes).extracting(Counterfactuals.Counterfactual::field).contains("employeeEngagement", "hiringForServiceAttitude");
    }

    @Test
    void everyCounterfactualTextReadsAsASentenceInBothLanguages() {
        CompanyProfile profile = ScenarioRequest.profileOf(Map.of("profile", unhappyStaff()));
        var all = scenarios.counterfactuals(profile).counterfactuals();
        assertThat(all).isNotEmpty();
        for (Locale locale : Messages.SUPPORTED) {
            assertThat(all).allSatisfy(c -> assertThat(ScenarioWords.counterfactual(c, locale))
                    .doesNotContain("?").doesNotContain("field.").endsWith("."));
        }
    }

    /** The example companies' what-ifs: context fields are explanations, and no step makes a practice worse. */
    @Test
    void counterfactualsSayWhatIsALeverAndNeverOfferAStepBack() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("rules/examples"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                CompanyProfile profile = org.cxadvisor.profile.ProfileReader.read(
                        org.cxadvisor.profile.JsonText.parse(java.nio.file.Files.readAllBytes(file)));
                var all = scenarios.counterfactuals(profile).counterfactuals();
                assertThat(all).as(file.toString()).isNotEmpty();
                for (var c : all) {
                    boolean context = List.of("sector", "market", "offering", "pricePositioning", "customerValue")
                            .contains(c.field().replaceAll("\\..*", ""));
                    assertThat(c.kind()).as("%s %s", file, c).isEqualTo(context
                            ? org.cxadvisor.profile.FieldRole.CONTEXT : org.cxadvisor.profile.FieldRole.LEVER);
                    var field = org.cxadvisor.profile.ProfileField.byPath(c.field());
                    field.ifPresent(f -> assertThat(f.worsens(profile, c.from(), c.changes().get(c.field()))).as("%s %s", file, c).isFalse());
                }
                // From an unknown answer every value is a what-if ("were it no, ..."); from a known one never a step back.
                assertThat(all).as(file.toString()).filteredOn(c -> c.from() != null).noneSatisfy(c -> assertThat(
                        c.changes()).isIn(Map.of("hiringForServiceAttitude", false), Map.of("serviceRecovery", "NONE")));
            }
        }
    }
}
