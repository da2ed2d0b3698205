package org.cxadvisor.experiment;

import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.ProfileField;

/**
 * The numbers of one plan: baseline (the company's own measure or the metric's assumption), the minimum effect,
 * the group size, and how long the company's flow of customers takes to fill both groups. A company whose groups
 * cannot be filled within the catalog's {@code maxWeeks} (or, with recurring accounts, at all) gets the smallest
 * effect it could detect instead.
 */
record PlanNumbers(double baselinePercent, boolean ownBaseline, double effectPoints, long perGroup,
                   double eligiblePercent, Double capacity, Integer weeks, Boolean feasible,
                   Double largerEffectPoints, Long largerEffectPerGroup, Integer longerWeeks) {

    private static final double WEEKS_PER_MONTH = 52.0 / 12;

    /** The numbers for a design, or null when the baseline leaves no room for the effect (0% or 100%). */
    static PlanNumbers of(CompanyProfile profile, Metric metric, Design design, Group group, int maxWeeks) {
        Double own = metric.field() == null ? null : (Double) read(profile, metric.field());
        double baseline = own != null ? own : metric.assumedPercent();
        double effect = reachable(baseline, metric.effectPoints());
        Double eligibleOwn = design.eligibleField() == null ? null : (Double) read(profile, design.eligibleField());
        double eligible = eligibleOwn != null ? eligibleOwn : design.eligibleAssumedPercent();
        if (effect == 0 || eligible <= 0) {
            return null;
        }
        long n = SampleSize.perGroup(baseline, baseline + effect);
        Integer customers = profile.customersPerMonth();
        if (customers == null) {
            return new PlanNumbers(baseline, own != null, effect, n, eligible, null, null, null, null, null, null);
        }
        double share = eligible / 100 * metric.measuredPercent() / 100;
        double perWeek = customers * share / WEEKS_PER_MONTH;
        int weeks = weeks(n, perWeek);
        // Accounts are the same every month: however long the test, the groups cannot hold more accounts than there are.
        double capacity = group.recurring() ? Math.min(customers * metric.measuredPercent() / 100, perWeek * maxWeeks)
                : perWeek * maxWeeks;
        boolean feasible = 2.0 * n <= capacity;
        Double larger = null;
        Long largerN = null;
        if (!feasible) {
            larger = smallestDetectable(baseline, effect, capacity);
            largerN = larger == null ? null : SampleSize.perGroup(baseline, baseline + larger);
        }
        Integer longer = feasible || group.recurring() ? null : weeks;
        return new PlanNumbers(baseline, own != null, effect, n, eligible, capacity, weeks, feasible, larger, largerN, longer);
    }

    static int weeks(long perGroup, double perWeek) {
        double weeks = Math.ceil(2.0 * perGroup / perWeek - 1e-9);
        return weeks > Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(1, (int) weeks);
    }

    /**
     * The effect itself if baseline + effect stays strictly between 0 and 100; else half the way to the limit,
     * rounded to a tenth of a point; 0 when there is no room at all.
     */
    static double reachable(double baseline, double effect) {
        double target = baseline + effect;
        if (target > 0 && target < 100) {
            return effect;
        }
        double limit = effect > 0 ? 100 : 0;
        double half = Math.round((limit - baseline) / 2 * 10) / 10.0;
        return Math.abs(half) >= 0.1 && baseline + half > 0 && baseline + half < 100 ? half : 0;
    }

    /** The smallest whole-point effect, beyond the planned one, whose two groups fit into {@code capacity}. */
    private static Double smallestDetectable(double baseline, double effect, double capacity) {
        double step = Math.signum(effect);
        for (double e = Math.floor(Math.abs(effect)) + 1; ; e++) {
            double target = baseline + step * e;
            if (target <= 0 || target >= 100) {
                return null;
            }
            if (2.0 * SampleSize.perGroup(baseline, target) <= capacity) {
                return step * e;
            }
        }
    }

    private static Object read(CompanyProfile profile, String field) {
        return ProfileField.byPath(field).map(f -> f.read(profile)).orElse(null);
    }
}
