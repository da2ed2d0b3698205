package org.cxadvisor.assessment;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.cxadvisor.storage.NotFound;
import org.cxadvisor.storage.PageParameters;
import org.cxadvisor.web.JsonBody;
import org.cxadvisor.web.JsonPost;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Saved assessments over HTTP (contract, "Saved assessments"); see docs/assessments.md. */
@RestController
class AssessmentController {

    private final AssessmentService assessments;
    private final AssessmentListing listing;
    private final JsonBody body;

    AssessmentController(AssessmentService assessments, AssessmentListing listing, JsonBody body) {
        this.assessments = assessments;
        this.listing = listing;
        this.body = body;
    }

    @Operation(summary = "Save an assessment: the profile, its report in ?lang=en|nl and the knowledge-base version",
            description = "{profile, previous?}; previous is the id of an earlier assessment of the same company. "
                    + "201 with Location once stored.")
    @JsonPost("/api/assessments")
    ResponseEntity<AssessmentView> create(HttpServletRequest request) {
        var locale = RequestContextUtils.getLocale(request);
        AssessmentRequest saved = AssessmentRequest.read(body.read(request));
        Assessment assessment = assessments.create(saved.profile(), saved.previous(), locale);
        return ResponseEntity.created(URI.create("/api/assessments/" + assessment.id())).body(AssessmentView.of(assessment));
    }

    @Operation(summary = "A saved assessment, with its report as it was made")
    @GetMapping(path = "/api/assessments/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    AssessmentView read(@PathVariable String id, HttpServletRequest request) {
        return AssessmentView.of(assessments.find(id).orElseThrow(() -> NotFound.of("assessments", id, request)));
    }

    @Operation(summary = "Delete a saved assessment (204); afterwards it is 404")
    @DeleteMapping("/api/assessments/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, HttpServletRequest request) {
        if (!assessments.delete(id)) {
            throw NotFound.of("assessments", id, request);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Saved assessments, newest first (consultants)",
            description = "company: a company id, or part of a company name; page from 0; size 1..100 (default 20).")
    @GetMapping(path = "/api/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    AssessmentListing.Page list(@RequestParam(required = false) String company,
                                @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return listing.page(company, PageParameters.page(page), PageParameters.size(size));
    }
}
