package org.cxadvisor.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.BiFunction;
import org.cxadvisor.client.api.AdviceControllerApi;
import org.cxadvisor.client.model.AdviceReport;
import org.cxadvisor.client.model.CompanyProfile;

/**
 * What a user of the generated client writes to get advice, compiled by GeneratedClientTest together with the client
 * generated from the served OpenAPI description: it stops compiling when the description loses the operation or its
 * models. Takes the server's address and a profile as JSON; answers the report the client read, written back as JSON.
 */
public final class AdviceCall implements BiFunction<String, String, String> {

    @Override
    public String apply(String server, String profileJson) {
        // a property the description does not name must fail the call, not be dropped without a word
        ObjectMapper json = ApiClient.createDefaultObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ApiClient client = new ApiClient().setObjectMapper(json);
        client.updateBaseUri(server);
        try {
            CompanyProfile profile = json.readValue(profileJson, CompanyProfile.class);
            AdviceReport report = new AdviceControllerApi(client).advise(profile, "en", null);
            return json.writeValueAsString(report);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
