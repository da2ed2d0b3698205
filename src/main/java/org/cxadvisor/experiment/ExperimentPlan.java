package org.cxadvisor.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A plan to test the change of one advice with a controlled experiment before rolling it out (docs/experiments.md,
 * "Experiment plans"). The contract's fields come first; {@code weeks} and {@code feasible} are absent when the
 * company did not say how many customers it serves a month, {@code alternative} when the test can give an answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExperimentPlan(String adviceId, String hypothesis, String change, String control, String metric,
                             String segment, double baselinePercent, double minimumEffectPoints, long sampleSizePerGroup,
                             Integer weeks,
                             String baseline, String groups, String note, int followUpWeeks, Boolean feasible,
                             Alternative alternative, List<String> howToRun, String basis) {

    /**
     * What to do instead when the company is too small to detect the effect this way: a larger effect (and what it
     * would take), a longer horizon, and a before/after comparison with its limits.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Alternative(String reason, Double largerEffectPoints, Long largerEffectSampleSizePerGroup,
                              Integer longerWeeks, List<String> options) {
    }
}
