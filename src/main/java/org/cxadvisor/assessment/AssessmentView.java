package org.cxadvisor.assessment;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * An assessment as the API shows it (contract, "Saved assessments"); the profile and report are the stored JSON
 * text itself, so the report reads back exactly as it was made, whatever the report format has become since.
 */
record AssessmentView(String id, String companyId, String previous, Instant createdAt, String language,
                      Version knowledgeBase, @JsonRawValue String profile, @JsonRawValue String report) {

    record Version(String version) {
    }

    static AssessmentView of(Assessment a) {
        return new AssessmentView(a.id(), a.companyId(), a.previousId(), a.createdAt(), a.language(),
                new Version(a.knowledgeBaseVersion()), a.profile(), a.report());
    }
}
