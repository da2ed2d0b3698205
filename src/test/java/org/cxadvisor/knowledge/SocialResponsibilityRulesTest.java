package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.ShippedRules;
import org.junit.jupiter.api.Test;

/** rules/social-responsibility.dslr (written in the DSL): one test per rule, a matching profile and a near miss. */
class SocialResponsibilityRulesTest {

    @Test
    void noCsrCommitmentGetsMediumPriorityAdviceToStart() {
        var evaluation = evaluate(Profiles.neutral().with("csrCommitment", "NONE"));
        assertThat(advice(evaluation, "start-social-responsibility").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluation, "start-social-responsibility").category()).isEqualTo("SOCIAL_RESPONSIBILITY");
        assertThat(advice(evaluation, "start-social-responsibility").rule())
                .isEqualTo("Without corporate social responsibility the company misses what customers love");
        assertThat(advice(evaluate(Profiles.neutral().with("csrCommitment", "SOME")), "start-social-responsibility")).isNull();
    }

    @Test
    void someCsrCommitmentGetsLowPriorityAdviceToMakeItVisible() {
        var evaluation = evaluate(Profiles.neutral().with("csrCommitment", "SOME"));
        assertThat(advice(evaluation, "make-responsibility-core").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluation, "make-responsibility-core").rule())
                .isEqualTo("Some responsible choices that customers do not see do little for their experience");
        assertThat(advice(evaluate(Profiles.neutral().with("csrCommitment", "CORE")), "make-responsibility-core")).isNull();
    }

    @Test
    void csrAtTheCoreWithoutBrandStoriesGetsMediumPriorityMarketingAdvice() {
        var evaluation = evaluate(Profiles.neutral().with("csrCommitment", "CORE").with("brandStorytelling", false));
        assertThat(advice(evaluation, "market-your-responsibility").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("csrCommitment", "CORE").with("brandStorytelling", true)),
                "market-your-responsibility")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("csrCommitment", "CORE")), "market-your-responsibility"))
                .as("unknown storytelling").isNull();
    }

    @Test
    void unknownCsrCommitmentGivesNoCsrAdvice() {
        assertThat(evaluate(Profiles.neutral()).advice()).noneMatch(a -> a.category().equals("SOCIAL_RESPONSIBILITY"));
    }

    @Test
    void theDslrRulesAreInTheCatalogWithTheirMetadataAndFields() {
        var rule = ShippedRules.knowledgeBase().rule("Responsibility at the core that is not told is an experience left unused")
                .orElseThrow();
        assertThat(rule.file()).isEqualTo("social-responsibility.dslr");
        assertThat(rule.kpoints()).containsExactly("K10", "K19");
        assertThat(rule.sources()).containsExactly("geurtsen-2012", "ecommerce-expander");
        assertThat(rule.fields()).containsExactlyInAnyOrder("csrCommitment", "brandStorytelling");
    }

    @Test
    void rationalesFillInTheCsrAnswerInBothLanguages() {
        var texts = ShippedRules.knowledgeBase().texts();
        for (String id : new String[] {"start-social-responsibility", "make-responsibility-core", "market-your-responsibility"}) {
            assertThat(texts.text(id, "en")).isPresent();
            assertThat(texts.text(id, "nl")).isPresent();
            assertThat(texts.text(id, "en").orElseThrow().rationale()).contains("{csrCommitment}");
            assertThat(texts.text(id, "nl").orElseThrow().rationale()).contains("{csrCommitment}");
            assertThat(texts.ruleText(ShippedRules.knowledgeBase().rules().stream().filter(r -> id.equals(r.advice()))
                    .findFirst().orElseThrow().name(), "nl")).isPresent();
        }
    }

    @Test
    void csrAtTheCoreThatIsToldIsAStrength() {
        assertThat(ShippedRules.strength(evaluate(Profiles.neutral().with("csrCommitment", "CORE").with("brandStorytelling", true)),
                "responsibility-told")).isTrue();
        assertThat(ShippedRules.strength(evaluate(Profiles.neutral().with("csrCommitment", "SOME").with("brandStorytelling", true)),
                "responsibility-told")).isFalse();
    }
}
