package org.cxadvisor.impact;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.cxadvisor.assessment.AssessmentListing;
import org.cxadvisor.profile.InvalidProfileException;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.ProfileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The saved assessments as impact subjects, newest first, read a batch at a time so that memory stays flat. */
final class SavedSubjects {

    private static final Logger log = LoggerFactory.getLogger(SavedSubjects.class);
    private static final int BATCH = 200;

    private SavedSubjects() {
    }

    /** How many subjects {@link #forEach} will give: all saved assessments, at most {@code max}. */
    static int count(AssessmentListing listing, int max) {
        return (int) Math.min(listing.count(), max);
    }

    static void forEach(AssessmentListing listing, int max, Consumer<ImpactTally.Subject> action) {
        for (long offset = 0; offset < max; offset += BATCH) {
            var batch = listing.profiles(offset, (int) Math.min(BATCH, max - offset));
            for (AssessmentListing.SavedProfile saved : batch) {
                try {
                    action.accept(new ImpactTally.Subject(saved.id(), saved.companyId(), saved.name(),
                            ProfileReader.read(JsonText.parse(saved.profile().getBytes(StandardCharsets.UTF_8)))));
                } catch (InvalidProfileException e) {
                    // stored by an older version whose fields have since changed: it cannot be re-run, say so
                    log.warn("Assessment {} is left out of the impact: its answers no longer read ({})", saved.id(),
                            e.violations());
                }
            }
            if (batch.size() < BATCH) {
                return;
            }
        }
    }
}
