package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/opinion-leaders.drl: two-step flow (K12) and the social-media journey (K26). */
class OpinionLeadersRulesTest {

    @Test
    void noOpinionLeaderProgramIsMediumWithAnAudienceOnSocialMedia() {
        assertThat(advice(evaluate(Profiles.neutral().with("opinionLeaderProgram", false).with("socialMediaPresence", 3)),
                "reach-opinion-leaders-first").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("opinionLeaderProgram", false).with("socialMediaPresence", 2)),
                "reach-opinion-leaders-first").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("opinionLeaderProgram", false)),
                "reach-opinion-leaders-first").priority()).isEqualTo(Priority.LOW);
    }

    @Test
    void anOpinionLeaderProgramOrUnknownGivesNoAdvice() {
        assertThat(advice(evaluate(Profiles.neutral().with("opinionLeaderProgram", true).with("socialMediaPresence", 5)),
                "reach-opinion-leaders-first")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("socialMediaPresence", 5)), "reach-opinion-leaders-first")).isNull();
    }

    @Test
    void littleSocialMediaPresenceIsAdvisedLowerForBusinessMarkets() {
        assertThat(advice(evaluate(Profiles.neutral().with("socialMediaPresence", 2)), "join-the-conversation").priority())
                .isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(Profiles.neutral().with("socialMediaPresence", 1).with("market", "B2B")),
                "join-the-conversation").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(Profiles.neutral().with("socialMediaPresence", 3)), "join-the-conversation")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "join-the-conversation")).isNull();
    }
}
