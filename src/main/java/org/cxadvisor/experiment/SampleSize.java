package org.cxadvisor.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Group size for comparing two proportions, as the contract fixes it (docs/experiments.md, "Experiment plans"): a
 * two-sided test at alpha 0.05 with power 0.80, normal approximation, pooled variance under the null hypothesis:
 * <pre>
 * n = ( z(1-alpha/2) * sqrt(2 p(1-p)) + z(1-beta) * sqrt(p1(1-p1) + p2(1-p2)) )^2 / (p2 - p1)^2,  p = (p1+p2)/2
 * </pre>
 * rounded up to whole customers. No continuity correction, so it matches R's power.prop.test and G*Power.
 */
public final class SampleSize {

    public static final double ALPHA = 0.05;
    public static final double POWER = 0.80;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    private static final double Z_ALPHA = STANDARD_NORMAL.inverseCumulativeProbability(1 - ALPHA / 2);
    private static final double Z_BETA = STANDARD_NORMAL.inverseCumulativeProbability(POWER);

    private SampleSize() {
    }

    /**
     * Customers needed in each group to detect a change from {@code baselinePercent} to {@code targetPercent}.
     * Both must lie strictly between 0 and 100 and differ.
     */
    public static long perGroup(double baselinePercent, double targetPercent) {
        double p1 = baselinePercent / 100;
        double p2 = targetPercent / 100;
        if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1) || p1 == p2) {
            throw new IllegalArgumentException("Proportions must lie strictly between 0 and 100 percent and differ: "
                    + baselinePercent + " -> " + targetPercent);
        }
        double pooled = (p1 + p2) / 2;
        double root = Z_ALPHA * Math.sqrt(2 * pooled * (1 - pooled)) + Z_BETA * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        double n = root * root / ((p2 - p1) * (p2 - p1));
        // Guard against 1250.0000000002 becoming 1251 through floating-point noise alone.
        return (long) Math.ceil(n - 1e-9);
    }
}
