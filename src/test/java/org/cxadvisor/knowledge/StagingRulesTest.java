package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;
import static org.cxadvisor.support.ShippedRules.strength;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/staging.drl: the progression of economic value (K1), reconciled with what customers seek and the sector. */
class StagingRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"COMMODITY,MEDIUM", "PRODUCT,MEDIUM", "SERVICE,LOW"})
    void stagingPriorityFollowsTheDistanceToAnExperience(String offering, Priority priority) {
        assertThat(advice(evaluate(Profiles.neutral().with("offering", offering)), "raise-staging-potential").priority())
                .isEqualTo(priority);
    }

    @Test
    void anOfferingThatIsAlreadyAnExperienceNeedsNoStagingAdviceAndIsAStrength() {
        assertThat(advice(evaluate(Profiles.neutral().with("offering", "EXPERIENCE")), "raise-staging-potential")).isNull();
        assertThat(strength(evaluate(Profiles.neutral().with("offering", "EXPERIENCE")), "stages-an-experience")).isTrue();
        assertThat(advice(evaluate(Profiles.neutral().with("processValue", 4).with("entertainmentValue", 4)),
                "raise-staging-potential")).isNull();
    }

    @Test
    void practicalCustomersOrCareGetTheServiceItselfAsTheExperience() {
        var practical = Profiles.neutral().customerValue(5, 4, 2, 1);
        assertThat(advice(evaluate(practical), "stage-the-service-experience").priority()).isEqualTo(Priority.LOW);
        assertThat(advice(evaluate(practical), "raise-staging-potential")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("sector", "HEALTHCARE")), "stage-the-service-experience")).isNotNull();
        assertThat(advice(evaluate(Profiles.neutral().with("sector", "HEALTHCARE")), "raise-staging-potential")).isNull();
        assertThat(advice(evaluate(Profiles.neutral()), "stage-the-service-experience")).isNull();
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
    void premiumPricesNoExperienceLeadershipOrCareGiveNoPricingAdvice() {
        assertThat(advice(evaluate(Profiles.neutral().with("processValue", 4).with("entertainmentValue", 4)
                .with("pricePositioning", "PREMIUM")), "charge-for-the-experience")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("processValue", 4).with("entertainmentValue", 3)
                .with("pricePositioning", "LOWEST_PRICE")), "charge-for-the-experience")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("processValue", 4).with("entertainmentValue", 4)
                .with("pricePositioning", "LOWEST_PRICE").with("sector", "PUBLIC_SECTOR")), "charge-for-the-experience")).isNull();
    }
}
