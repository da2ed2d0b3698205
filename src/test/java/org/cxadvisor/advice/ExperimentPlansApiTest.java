package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxadvisor.support.HttpTest;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /api/advice carries the contract's experiment plans; customersPerMonth is validated like every field. */
class ExperimentPlansApiTest extends HttpTest {

    @Test
    void theReportCarriesThePlansWithTheContractFields() {
        var response = api.postJson("/api/advice?lang=nl", Profiles.neutral().with("sector", "E_COMMERCE")
                .with("experimentation", "NONE").with("retentionRatePercent", 70).with("customersPerMonth", 20_000).json());
        assertThat(response.status()).isEqualTo(200);
        JsonNode plan = response.json().get("experiments").get(0);
        for (String field : new String[] {"adviceId", "hypothesis", "change", "control", "metric", "segment",
                "baselinePercent", "minimumEffectPoints", "sampleSizePerGroup", "weeks"}) {
            assertThat(plan.has(field)).as(field).isTrue();
        }
        assertThat(plan.get("sampleSizePerGroup").asLong()).isEqualTo(1251);
        assertThat(plan.get("hypothesis").asString()).startsWith("Als Test company");
    }

    @Test
    void weeksAreAbsentWhenCustomersPerMonthIsUnknown() {
        JsonNode plan = api.postJson("/api/advice", Profiles.neutral().with("experimentation", "AD_HOC").json())
                .json().get("experiments").get(0);
        assertThat(plan.has("weeks")).isFalse();
        assertThat(plan.has("feasible")).isFalse();
        assertThat(plan.get("sampleSizePerGroup").asLong()).isPositive();
    }

    @Test
    void customersPerMonthMustBeAWholeNumberFromOneToABillion() {
        for (Object bad : new Object[] {0, 1_000_000_001L, 12.5, "200"}) {
            var response = api.postJson("/api/advice", Profiles.neutral().with("customersPerMonth", bad).json());
            assertThat(response.status()).as("%s", bad).isEqualTo(400);
            assertThat(response.errorFields()).as("%s", bad).containsExactly("customersPerMonth");
        }
        assertThat(api.postJson("/api/advice", Profiles.neutral().with("customersPerMonth", 1_000_000_000).json()).status())
                .isEqualTo(200);
    }
}
