package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;
import static org.cxadvisor.support.ShippedRules.strength;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/opinion-leaders.drl: the two-step flow (K12) and the conversation on social media (K26). */
class OpinionLeadersRulesTest {

    @Test
    void noOpinionLeaderProgramIsLowAndNotForCareOrPublicServices() {
        assertThat(advice(evaluate(Profiles.neutral().with("opinionLeaderProgram", false)), "reach-opinion-leaders-first")
                .priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("opinionLeaderProgram", false).with("sector", "PUBLIC_SECTOR")),
                "reach-opinion-leaders-first")).isNull();
    }

    @Test
    void anOpinionLeaderProgramIsAStrengthAndUnknownGivesNoAdvice() {
        assertThat(advice(evaluate(Profiles.neutral().with("opinionLeaderProgram", true)), "reach-opinion-leaders-first")).isNull();
        assertThat(strength(evaluate(Profiles.neutral().with("opinionLeaderProgram", true)), "opinion-leaders-reached")).isTrue();
        assertThat(advice(evaluate(Profiles.neutral().with("socialMediaPresence", 5)), "reach-opinion-leaders-first")).isNull();
    }

    @Test
    void littleSocialMediaPresenceIsAdvisedLow() {
        assertThat(advice(evaluate(Profiles.neutral().with("socialMediaPresence", 2)), "join-the-conversation").priority())
                .isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("socialMediaPresence", 3)), "join-the-conversation")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "join-the-conversation")).isNull();
    }
}
