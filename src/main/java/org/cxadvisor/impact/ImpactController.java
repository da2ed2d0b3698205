package org.cxadvisor.impact;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.web.BadRequestException;
import org.cxadvisor.web.LanguageResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the last change of rules did to the saved assessments (consultants). */
@RestController
class ImpactController {

    /** {@code done} of {@code assessments} while it runs; {@code changes} lists the companies whose advice moved. */
    record ImpactView(String from, String to, ImpactStore.Status status, int assessments, int done, int changed,
                      @JsonRawValue String byAdvice, @JsonRawValue String changes, Instant startedAt, Instant updatedAt) {
    }

    private final ImpactStore store;

    ImpactController(ImpactStore store) {
        this.store = store;
    }

    @Operation(summary = "What the last reload changed in the saved assessments",
            description = "{from, to, status, assessments, done, changed, byAdvice:[{id, added, removed, changedPriority}], "
                    + "changes:[{id, companyId, name, diff}]}; status RUNNING with done < assessments while it runs.")
    @GetMapping(path = "/api/knowledge-base/impact", produces = MediaType.APPLICATION_JSON_VALUE)
    ImpactView impact(HttpServletRequest request) {
        ImpactStore.Run run = store.latest().orElseThrow(() -> noneYet(request));
        return new ImpactView(run.from(), run.to(), run.status(), run.assessments(), run.done(), run.changed(),
                run.byAdvice(), run.changes(), run.startedAt(), run.updatedAt());
    }

    private static ErrorResponseException noneYet(HttpServletRequest request) {
        var locale = LanguageResolver.forProblem(request);
        String message = Messages.get(locale, "impact.error.none");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message);
        problem.setTitle(Messages.get(locale, "impact.problem.none"));
        problem.setProperty("errors", List.of(Map.of("field", "", "message", message)));
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
