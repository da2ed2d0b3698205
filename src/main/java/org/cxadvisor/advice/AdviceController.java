package org.cxadvisor.advice;

import jakarta.servlet.http.HttpServletRequest;
import org.cxadvisor.profile.ProfileReader;
import org.cxadvisor.web.JsonBody;
import org.cxadvisor.web.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
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
    @RequestBody(description = "A company profile (see the CompanyProfile schema in shared/spec.md)", required = true)
    @PostMapping(path = "/api/advice", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    AdviceReport advise(HttpServletRequest request) {
        var locale = Language.of(request);
        return evaluation.report(ProfileReader.read(body.read(request)), locale);
    }
}
