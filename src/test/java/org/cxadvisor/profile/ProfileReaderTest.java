package org.cxadvisor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

class ProfileReaderTest {

    static Map<String, Object> required() {
        return Profiles.neutral().with("name", "Acme").with("sector", "MANUFACTURING").with("market", "B2B")
                .with("offering", "PRODUCT").with("processValue", 4).with("entertainmentValue", 1).json();
    }

    @Test
    void requiredFieldsAloneMakeAProfileWithEverythingElseUnknown() {
        CompanyProfile profile = ProfileReader.read(required());
        assertThat(profile.sector()).isEqualTo(Sector.MANUFACTURING);
        assertThat(profile.processValue()).isEqualTo(4);
        assertThat(profile.employeeEngagement()).isNull();
        assertThat(profile.customerValue()).isNull();
    }

    @Test
    void readAndToJsonRoundTrip() {
        Map<String, Object> json = required();
        json.put("customerValue", Map.of("functional", 5, "economic", 4, "emotional", 2, "symbolic", 1));
        json.put("complaintRatePercent", new BigDecimal("9.5"));
        json.put("npsScore", -20);
        json.put("personalGestures", true);
        json.put("serviceRecovery", "REACTIVE");
        CompanyProfile profile = ProfileReader.read(json);
        assertThat(ProfileReader.read(ProfileReader.toJson(profile))).isEqualTo(profile);
        assertThat(profile.complaintRatePercent()).isEqualTo(9.5);
        assertThat(profile.customerValue()).isEqualTo(new CustomerValue(5, 4, 2, 1));
    }

    @Test
    void wholeNumbersWrittenWithZeroDecimalsAreAcceptedButFractionsAreNot() {
        Map<String, Object> json = required();
        json.put("processValue", new BigDecimal("4.0"));
        assertThat(ProfileReader.read(json).processValue()).isEqualTo(4);
        json.put("processValue", new BigDecimal("4.5"));
        assertThatThrownBy(() -> ProfileReader.read(json)).isInstanceOf(InvalidProfileException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("processValue"));
    }

    @Test
    void boundariesOfEveryRangeAreInclusive() {
        Map<String, Object> json = required();
        json.put("npsScore", -100);
        json.put("complaintRatePercent", 0);
        json.put("retentionRatePercent", 100);
        json.put("personalization", 1);
        assertThat(ProfileReader.read(json).npsScore()).isEqualTo(-100);
        json.put("npsScore", -101);
        json.put("personalization", 0);
        assertThatThrownBy(() -> ProfileReader.read(json))
                .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("npsScore", "personalization"));
    }

    @Test
    void nameMustBeNonBlankAndAtMost200Characters() {
        Map<String, Object> json = required();
        json.put("name", "x".repeat(200));
        assertThat(ProfileReader.read(json).name()).hasSize(200);
        json.put("name", "x".repeat(201));
        assertThatThrownBy(() -> ProfileReader.read(json)).satisfies(e -> assertThat(fields(e)).containsExactly("name"));
        json.put("name", "  ");
        assertThatThrownBy(() -> ProfileReader.read(json)).satisfies(e -> assertThat(fields(e)).containsExactly("name"));
    }

    @Test
    void customerValueMustBeAnObject() {
        Map<String, Object> json = required();
        json.put("customerValue", List.of(1, 2, 3, 4));
        assertThatThrownBy(() -> ProfileReader.read(json)).satisfies(e -> assertThat(fields(e)).containsExactly("customerValue"));
    }

    @Test
    void finiteDomainsCoverChoicesYesNoAndScales() {
        assertThat(ProfileField.EXPERIMENTATION.type().domain()).hasSize(4);
        assertThat(ProfileField.PERSONAL_GESTURES.type().domain()).containsExactly(false, true);
        assertThat(ProfileField.PROCESS_VALUE.type().domain()).containsExactly(1, 2, 3, 4, 5);
        assertThat(ProfileField.COMPLAINT_RATE_PERCENT.type().domain()).isEmpty();
    }

    private static List<String> fields(Throwable e) {
        return ((InvalidProfileException) e).violations().stream().map(Violation::field).toList();
    }
}
