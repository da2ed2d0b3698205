package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cxadvisor.support.ApiClient;
import org.cxadvisor.support.HttpTest;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets a 4xx problem+json naming what is wrong; never a 5xx or a stack trace. */
class BadInputApiTest extends HttpTest {

    static Map<String, Object> valid() {
        return Profiles.neutral().with("name", "Budget shop").with("sector", "E_COMMERCE").with("offering", "PRODUCT")
                .with("pricePositioning", "LOWEST_PRICE").with("entertainmentValue", 2).json();
    }

    private ApiClient.Response problem(ApiClient.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.cxadvisor", "tools.jackson");
        assertThat(response.json().get("title").asString()).isNotBlank();
        return response;
    }

    @Test
    void malformedJsonIs400WithWhereItWentWrong() {
        var response = problem(api.post("/api/advice", "{\"name\": \"x\",", "Content-Type", "application/json"), 400);
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("line 1");
    }

    @Test
    void emptyBodyAndJsonArrayAre400() {
        problem(api.post("/api/advice", "", "Content-Type", "application/json"), 400);
        problem(api.post("/api/advice", "   ", "Content-Type", "application/json"), 400);
        var array = problem(api.post("/api/advice", "[" + ApiClient.toJson(valid()) + "]", "Content-Type", "application/json"), 400);
        assertThat(array.json().get("errors").get(0).get("message").asString()).contains("object");
    }

    @Test
    void everyOffendingFieldIsNamedAtOnce() {
        Map<String, Object> profile = valid();
        profile.remove("market");                                  // missing required
        profile.put("processValue", "4");                           // wrong type
        profile.put("entertainmentValue", 6);                       // out of range
        profile.put("sector", "BAKERY");                            // unknown enum value
        profile.put("employeeEngagment", 3);                        // unknown field (typo)
        profile.put("hiringForServiceAttitude", "yes");             // wrong type
        profile.put("complaintRatePercent", 101.5);                 // out of range
        profile.put("npsScore", 12.5);                              // not a whole number
        profile.put("customerValue", Map.of("functional", 3, "economic", 2, "emotional", 0, "symbolic", 4, "social", 2));

        var response = problem(api.postJson("/api/advice", profile), 400);

        assertThat(response.errorFields()).containsExactlyInAnyOrder("market", "processValue", "entertainmentValue",
                "sector", "employeeEngagment", "hiringForServiceAttitude", "complaintRatePercent", "npsScore",
                "customerValue.emotional", "customerValue.social");
    }

    @Test
    void incompleteCustomerValueNamesTheMissingParts() {
        Map<String, Object> profile = valid();
        profile.put("customerValue", Map.of("functional", 3));
        assertThat(problem(api.postJson("/api/advice", profile), 400).errorFields())
                .containsExactly("customerValue.economic", "customerValue.emotional", "customerValue.symbolic");
    }

    @Test
    void nullOptionalFieldsAreUnknownButNullRequiredFieldsAreMissing() {
        Map<String, Object> profile = valid();
        profile.put("employeeEngagement", null);
        profile.put("customerValue", null);
        assertThat(api.postJson("/api/advice", profile).status()).isEqualTo(200);
        profile.put("name", null);
        assertThat(problem(api.postJson("/api/advice", profile), 400).errorFields()).containsExactly("name");
    }

    @Test
    void duplicateKeysAreRefusedRatherThanSilentlyDropped() {
        String body = "{\"name\":\"a\",\"name\":\"b\",\"sector\":\"RETAIL\",\"market\":\"B2C\",\"offering\":\"PRODUCT\","
                + "\"pricePositioning\":\"PREMIUM\",\"processValue\":3,\"entertainmentValue\":3}";
        problem(api.post("/api/advice", body, "Content-Type", "application/json"), 400);
    }

    @Test
    void errorsFollowTheRequestedLanguage() {
        Map<String, Object> profile = valid();
        profile.put("processValue", 9);
        var response = problem(api.postJson("/api/advice?lang=nl", profile), 400);
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("Moet van 1 tot en met 5 zijn.");
    }

    @Test
    void unsupportedLanguageIsNamed() {
        assertThat(problem(api.postJson("/api/advice?lang=fr", valid()), 400).errorFields()).containsExactly("lang");
    }

    @Test
    void bodyOver64KibIs413() {
        Map<String, Object> profile = valid();
        profile.put("name", "x".repeat(70 * 1024));
        problem(api.postJson("/api/advice", profile), 413);
    }

    @Test
    void nonJsonContentTypesAre415() {
        problem(api.post("/api/advice", ApiClient.toJson(valid()), "Content-Type", "text/plain"), 415);
        problem(api.post("/api/advice", "name=x", "Content-Type", "application/x-www-form-urlencoded"), 415);
        problem(api.post("/api/advice", ApiClient.toJson(valid())), 415);
    }

    @Test
    void wrongMethodAndUnknownPathAreClientErrors() {
        assertThat(api.get("/api/advice").status()).isEqualTo(405);
        assertThat(api.get("/api/nothing-here").status()).isEqualTo(404);
        assertThat(List.of(api.get("/api/advice").body(), api.get("/api/nothing-here").body()))
                .allSatisfy(body -> assertThat(body).doesNotContain("Exception"));
    }
}
