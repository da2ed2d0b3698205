package org.cxadvisor.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.InvalidProfileException;
import org.cxadvisor.profile.ProfileReader;
import org.cxadvisor.profile.Violation;
import org.cxadvisor.web.BadRequestException;

/**
 * The body of {@code POST /api/assessments}: {@code {profile, previous?}}. Every problem is reported at once, with
 * fields that point into the body ({@code profile.processValue}, {@code previous}).
 */
record AssessmentRequest(CompanyProfile profile, String previous) {

    static final String TITLE = "assessments.problem.title";
    private static final Set<String> KEYS = Set.of("profile", "previous");

    static AssessmentRequest read(Object json) {
        if (!(json instanceof Map<?, ?> body)) {
            throw new BadRequestException(TITLE, List.of(new Violation("", "assessments.error.notObject")));
        }
        List<Violation> violations = new ArrayList<>();
        body.keySet().stream().map(String::valueOf).filter(k -> !KEYS.contains(k)).sorted()
                .forEach(k -> violations.add(new Violation(k, "error.field.unknown")));
        CompanyProfile profile = null;
        if (body.get("profile") == null) {
            violations.add(new Violation("profile", "error.field.required"));
        } else {
            try {
                profile = ProfileReader.read(body.get("profile"));
            } catch (InvalidProfileException e) {
                e.violations().forEach(v -> violations.add(new Violation(
                        v.field().isEmpty() ? "profile" : "profile." + v.field(), v.messageKey(), v.args())));
            }
        }
        Object previous = body.get("previous");
        if (previous != null && !(previous instanceof String)) {
            violations.add(new Violation("previous", "assessments.error.previousNotText"));
        }
        if (!violations.isEmpty()) {
            throw new BadRequestException(TITLE, violations);
        }
        return new AssessmentRequest(profile, (String) previous);
    }
}
