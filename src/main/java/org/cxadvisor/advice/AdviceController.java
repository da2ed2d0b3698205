package org.cxadvisor.advice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.cxadvisor.profile.ProfileReader;
import org.cxadvisor.web.JsonBody;
import org.cxadvisor.web.JsonPost;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.cxadvisor.profile.CompanyProfile;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AdviceController {

    private final EvaluationService evaluation;
    private final JsonBody body;

    AdviceController(EvaluationService evaluation, JsonBody body) {
        this.evaluation = evaluation;
        this.body = body;
    }

    @Operation(summary = "Advice for a company profile",
            description = "Conclusions, prioritised and explained advice, and open questions. ?lang=en|nl or Accept-Language.")
    @RequestBody(description = "A company profile (docs/api.md); unknown fields are refused", required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CompanyProfile.class)))
    @JsonPost("/api/advice")
    AdviceReport advise(HttpServletRequest request, Locale locale) {
        return evaluation.report(ProfileReader.read(body.read(request)), locale);
    }
}
