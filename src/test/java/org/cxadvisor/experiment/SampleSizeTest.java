package org.cxadvisor.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The group size against published values and against a second implementation written here from scratch
 * (its own normal quantiles, from the Taylor series of erf and bisection), so that neither the library call nor the
 * formula can be wrong unnoticed.
 */
class SampleSizeTest {

    /**
     * Published: R's power.prop.test(p1 = 0.5, p2 = 0.6, power = 0.8) uses exactly this formula (pooled variance under
     * the null, no continuity correction) and prints n = 387.3385. The other rows were worked out with a third
     * implementation, Python's statistics.NormalDist (70 vs 75: 1250.72; 90 vs 95: 434.43; 50 vs 55: 1564.67;
     * 5 vs 3: 1505.81; 20 vs 30: 293.15; 10 vs 15: 685.60), rounded up to whole customers.
     */
    @ParameterizedTest(name = "{0}% -> {1}%: {2} per group")
    @CsvSource({"50,60,388", "60,50,388", "70,75,1251", "90,95,435", "50,55,1565", "5,3,1506", "20,30,294", "10,15,686"})
    void matchesPublishedValues(double baseline, double target, long perGroup) {
        assertThat(SampleSize.perGroup(baseline, target)).isEqualTo(perGroup);
    }

    @ParameterizedTest(name = "{0}% -> {1}%")
    @CsvSource({"1,2", "2,1", "3,5", "12.5,14", "35,40", "49.9,50.1", "64,71", "80,90", "97,99", "99,99.5", "0.5,0.1"})
    void agreesWithAnIndependentImplementation(double baseline, double target) {
        assertThat(SampleSize.perGroup(baseline, target)).isEqualTo(independent(baseline / 100, target / 100));
    }

    @ParameterizedTest(name = "{0}% -> {1}%")
    @CsvSource({"0,5", "100,95", "50,50", "-1,5", "50,100"})
    void refusesProportionsWithoutRoomForAnEffect(double baseline, double target) {
        assertThatThrownBy(() -> SampleSize.perGroup(baseline, target)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long independent(double p1, double p2) {
        double zAlpha = quantile(0.975);
        double zBeta = quantile(0.80);
        double p = (p1 + p2) / 2;
        double a = zAlpha * Math.sqrt(2 * p * (1 - p));
        double b = zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return (long) Math.ceil((a + b) * (a + b) / Math.pow(p2 - p1, 2) - 1e-9);
    }

    private static double quantile(double probability) {
        double low = 0;
        double high = 5;
        for (int i = 0; i < 200; i++) {
            double mid = (low + high) / 2;
            if (cdf(mid) < probability) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static double cdf(double z) {
        double x = z / Math.sqrt(2);
        double sum = 0;
        double term = x;
        for (int n = 0; n < 120; n++) {
            sum += term / (2 * n + 1);
            term *= -x * x / (n + 1);
        }
        return 0.5 * (1 + 2 / Math.sqrt(Math.PI) * sum);
    }
}
