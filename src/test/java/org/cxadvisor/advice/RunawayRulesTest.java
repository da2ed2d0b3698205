package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that keeps re-firing is stopped by the firing limit or the time budget, and named. */
class RunawayRulesTest {

    @TempDir
    Path dir;

    static final String LOOP = RulesFolder.HEADER + """
            rule "Keeps concluding"
                @concludes("EXPERIENCE_QUADRANT") @kpoints("K8") @source("geurtsen-2012")
            when
                CompanyProfile( $e : employeeEngagement == 1 )
                Conclusion( concluded == ExperienceQuadrant.UTILITY ) or CompanyProfile( )
            then
                insert(Conclusion.of(kcontext, ExperienceQuadrant.UTILITY));
            end
            """;

    private static final String SLOW_LOOP = LOOP.replace("Keeps concluding", "Keeps concluding slowly")
            .replace("    insert(", "    Thread.sleep(5);\n    insert(");

    @Test
    void theFiringLimitStopsALoopingRuleAndNamesIt() {
        var kb = RulesFolder.in(dir).file("loop.drl", LOOP).load();
        assertThatThrownBy(() -> new AdviceEngine(500, Duration.ofSeconds(30))
                .evaluate(kb, Profiles.neutral().with("employeeEngagement", 1).build()))
                .isInstanceOf(RunawayRulesException.class)
                .hasMessageContaining("Keeps concluding").hasMessageContaining("500 rule firings")
                .satisfies(e -> assertThat(((RunawayRulesException) e).rule()).isEqualTo("Keeps concluding"));
    }

    @Test
    void theTimeBudgetStopsASlowLoopingRuleLongBeforeTheFiringLimit() {
        var kb = RulesFolder.in(dir).file("loop.drl", SLOW_LOOP).load();
        long start = System.nanoTime();
        assertThatThrownBy(() -> new AdviceEngine(1_000_000, Duration.ofMillis(300))
                .evaluate(kb, Profiles.neutral().with("employeeEngagement", 1).build()))
                .isInstanceOf(RunawayRulesException.class)
                .hasMessageContaining("Keeps concluding slowly").hasMessageContaining("300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aRunawayDoesNotAffectTheNextEvaluation() {
        var kb = RulesFolder.in(dir).file("loop.drl", LOOP).load();
        AdviceEngine engine = new AdviceEngine(200, Duration.ofSeconds(2));
        assertThatThrownBy(() -> engine.evaluate(kb, Profiles.neutral().with("employeeEngagement", 1).build()))
                .isInstanceOf(RunawayRulesException.class);
        assertThat(engine.evaluate(kb, Profiles.neutral().with("employeeEngagement", 4).build()).conclusions()).isEmpty();
    }
}
