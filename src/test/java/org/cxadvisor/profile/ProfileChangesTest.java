package org.cxadvisor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

class ProfileChangesTest {

    private static Map<String, Object> changes(Object... keysAndValues) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            changes.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return changes;
    }

    @Test
    void changesSetFieldsAndNullMakesAnOptionalFieldUnknown() {
        CompanyProfile baseline = Profiles.neutral().with("employeeEngagement", 2).customerValue(3, 3, 3, 3).build();
        CompanyProfile changed = ProfileChanges.apply(baseline,
                changes("employeeEngagement", null, "customerValue.emotional", 5, "pricePositioning", "PREMIUM"));
        assertThat(changed.employeeEngagement()).isNull();
        assertThat(changed.customerValue().emotional()).isEqualTo(5);
        assertThat(changed.pricePositioning()).isEqualTo(PricePositioning.PREMIUM);
    }

    @Test
    void everyBadChangeAndEveryResultingProblemIsNamed() {
        Map<String, Object> json = Profiles.neutral().json();
        json.put("customerValue", new LinkedHashMap<>(Map.of("functional", 3)));
        assertThatThrownBy(() -> ProfileChanges.apply(json, changes("name", null, "employeeEngagment", 3)))
                .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("employeeEngagment", "name", "customerValue.economic",
                                "customerValue.emotional", "customerValue.symbolic"));
    }

    @Test
    void aCustomerValuePartCannotBeMadeUnknownOnItsOwn() {
        CompanyProfile baseline = Profiles.neutral().customerValue(3, 3, 3, 3).build();
        assertThatThrownBy(() -> ProfileChanges.apply(baseline, changes("customerValue.emotional", null)))
                .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("customerValue.emotional"));
    }
}
