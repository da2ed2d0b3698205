package org.cxadvisor.experiment;

/**
 * An outcome measure of the experiment plans (retention, willingness to recommend, complaints), with its baseline:
 * the company's own {@code field} when known, else {@code assumedPercent}; {@code effectPoints} is the smallest
 * change worth detecting (negative where fewer is better); {@code measuredPercent} the share of a group whose outcome
 * is learnt; {@code followUpWeeks} how long after joining the outcome is measured.
 */
public record Metric(String id, String field, double assumedPercent, double effectPoints, double measuredPercent,
                     int followUpWeeks, Texts texts) {

    public boolean lowerIsBetter() {
        return effectPoints < 0;
    }
}
