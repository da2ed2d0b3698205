package org.cxadvisor.assessment;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxadvisor.advice.AdviceReport;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.scenario.ScenarioDiff;
import org.cxadvisor.storage.NotFound;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A saved assessment over time: re-run on today's rules, and the company's history of assessments. */
@RestController
class AssessmentProgressController {

    record RerunView(@JsonRawValue String stored, AdviceReport current, ScenarioDiff diff) {
    }

    /** One assessment on the company's timeline: where it stood and how much advice it had, per horizon and priority. */
    record Point(String id, Instant createdAt, String name, String language, String knowledgeBaseVersion,
                 Object processValue, Object entertainmentValue, Object quadrant, int adviceCount,
                 Map<String, Integer> adviceByHorizon, Map<String, Integer> adviceByPriority) {
    }

    record Step(String from, String to, ScenarioDiff diff, List<ChangedField> changedFields) {
    }

    record HistoryView(String companyId, List<Point> assessments, List<Step> steps) {
    }

    private final AssessmentService assessments;
    private final EvaluationService evaluation;

    AssessmentProgressController(AssessmentService assessments, EvaluationService evaluation) {
        this.assessments = assessments;
        this.evaluation = evaluation;
    }

    @Operation(summary = "The saved assessment re-run on today's rules, with the diff against the stored report",
            description = "?lang=en|nl; without it, the language the assessment was made in.")
    @GetMapping(path = "/api/assessments/{id}/rerun", produces = MediaType.APPLICATION_JSON_VALUE)
    RerunView rerun(@PathVariable String id, HttpServletRequest request) {
        Assessment saved = find(id, request);
        Locale locale = request.getParameter("lang") == null ? Messages.supported(saved.language()) : RequestContextUtils.getLocale(request);
        AdviceReport current = evaluation.report(assessments.profile(saved), locale);
        return new RerunView(saved.report(), current, assessments.report(saved).diffTo(assessments.report(current)));
    }

    @Operation(summary = "Every assessment of the same company, oldest first, with the changes from step to step",
            description = "steps: {from, to, diff, changedFields:[{field, from, to}]} between consecutive assessments.")
    @GetMapping(path = "/api/assessments/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    HistoryView history(@PathVariable String id, HttpServletRequest request) {
        Assessment saved = find(id, request);
        List<Assessment> all = assessments.company(saved.companyId());
        List<Point> points = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Assessment a = all.get(i);
            StoredReport report = assessments.report(a);
            CompanyProfile profile = assessments.profile(a);
            points.add(new Point(a.id(), a.createdAt(), a.companyName(), a.language(), a.knowledgeBaseVersion(),
                    profile.processValue(), profile.entertainmentValue(), report.conclusion("EXPERIENCE_QUADRANT"),
                    report.advice().size(), report.countBy("horizon"), report.countBy("priority")));
            if (i > 0) {
                Assessment before = all.get(i - 1);
                steps.add(new Step(before.id(), a.id(), assessments.report(before).diffTo(report),
                        ChangedField.between(assessments.profile(before), profile)));
            }
        }
        return new HistoryView(saved.companyId(), points, steps);
    }

    private Assessment find(String id, HttpServletRequest request) {
        return assessments.find(id).orElseThrow(() -> NotFound.of("assessments", id, request));
    }
}
