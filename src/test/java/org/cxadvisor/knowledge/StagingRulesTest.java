package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/staging.drl: one test per rule, a matching profile and a near miss. */
class StagingRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"COMMODITY,HIGH", "PRODUCT,MEDIUM", "SERVICE,LOW"})
    void stagingPriorityGrowsWithTheDistanceToAnExperience(String offering, Priority priority) {
        assertThat(advice(evaluate(Profiles.neutral().with("offering", offering)), "raise-staging-potential").priority())
                .isEqualTo(priority);
    }

    @Test
    void anOfferingThatIsAlreadyAnExperienceNeedsNoStagingAdvice() {
        assertThat(advice(evaluate(Profiles.neutral().with("offering", "EXPERIENCE")), "raise-staging-potential")).isNull();
    }

    @Test
    void anExperienceLeaderWithoutPremiumPricesIsAdvisedToChargeForTheExperience() {
        var leader = Profiles.neutral().with("processValue", 4).with("entertainmentValue", 4);
        assertThat(advice(evaluate(leader.with("pricePositioning", "LOWEST_PRICE")), "charge-for-the-experience").priority())
                .isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(leader.with("pricePositioning", "MID_MARKET")), "charge-for-the-experience").priority())
                .isEqualTo(Priority.LOW);
    }

    @Test
    void premiumPricesOrNoExperienceLeadershipGiveNoPricingAdvice() {
        assertThat(advice(evaluate(Profiles.neutral().with("processValue", 4).with("entertainmentValue", 4)
                .with("pricePositioning", "PREMIUM")), "charge-for-the-experience")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("processValue", 4).with("entertainmentValue", 3)
                .with("pricePositioning", "LOWEST_PRICE")), "charge-for-the-experience")).isNull();
    }
}
