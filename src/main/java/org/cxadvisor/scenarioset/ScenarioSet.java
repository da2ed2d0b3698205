package org.cxadvisor.scenarioset;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * A consultant's saved what-if analysis (table {@code scenario_set}): a name, the baseline profile and the variants
 * as JSON text, in the shape {@code POST /api/scenarios} takes, so that opening it replays the same comparison.
 */
record ScenarioSet(@Id String id, String name, String companyName, String baseline, String variants, Instant createdAt,
                   Instant updatedAt) {
}
