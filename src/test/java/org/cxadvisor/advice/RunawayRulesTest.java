package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.cxadvisor.knowledge.RunawayRulesException;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that keeps re-firing is stopped by the firing limit or the CPU time budget, and the rule whose match was
 * being fired is named; the engine's pool keeps serving other evaluations.
 */
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

    /** Each firing does a lot of work in its conditions: CPU time, not firings, runs out first. */
    private static final String HEAVY_LOOP = RulesFolder.HEADER + """
            rule "Keeps concluding heavily"
                @concludes("LOOP") @kpoints("K8") @source("geurtsen-2012")
            when
                CompanyProfile( employeeEngagement == 1 )
                $n : Number( ) from accumulate( Conclusion( type == "RELATIONSHIP_GAP" ), count(1) )
                eval( String.valueOf(java.util.Collections.nCopies(200000, $n)).length() > 0 )
            then
                insert(Conclusion.relationshipGap(kcontext, $n.intValue()));
            end
            """;

    private static final String INNOCENT = RulesFolder.HEADER + """
            rule "Concludes once"
                @concludes("ONCE") @kpoints("K8") @source("geurtsen-2012")
            when
                CompanyProfile( )
            then
                insertLogical(Conclusion.of(kcontext, ExperienceQuadrant.UTILITY));
            end
            """;

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
    void theCpuBudgetStopsAHeavyLoopLongBeforeTheFiringLimitAndNamesTheRuleRunning() {
        var kb = RulesFolder.in(dir).file("loop.drl", HEAVY_LOOP).file("once.drl", INNOCENT).load();
        assertThatThrownBy(() -> new AdviceEngine(1_000_000, Duration.ofMillis(300))
                .evaluate(kb, Profiles.neutral().with("employeeEngagement", 1).build()))
                .isInstanceOf(RunawayRulesException.class)
                .hasMessageContaining("CPU time")
                .satisfies(e -> assertThat(((RunawayRulesException) e).rule()).isEqualTo("Keeps concluding heavily"));
    }

    @Test
    void aRunawayDoesNotAffectTheNextEvaluation() {
        var kb = RulesFolder.in(dir).file("loop.drl", LOOP).load();
        AdviceEngine engine = new AdviceEngine(200, Duration.ofSeconds(2));
        assertThatThrownBy(() -> engine.evaluate(kb, Profiles.neutral().with("employeeEngagement", 1).build()))
                .isInstanceOf(RunawayRulesException.class);
        assertThat(engine.evaluate(kb, Profiles.neutral().with("employeeEngagement", 4).build()).conclusions()).isEmpty();
    }

    @Test
    void aThenPartThatNeverReturnsIsAbandonedInTimeOnADaemonThreadAndThePoolServesOn() {
        EvaluationPool pool = new EvaluationPool(1, Duration.ofSeconds(1), Duration.ofMillis(300));
        boolean[] daemon = new boolean[1];
        long start = System.nanoTime();
        assertThatThrownBy(() -> pool.run(new RuleWatch(Duration.ofSeconds(10).toNanos()), watch -> {
            daemon[0] = Thread.currentThread().isDaemon();
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            return null;
        })).isInstanceOf(RunawayRulesException.class).hasMessageContaining("300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(daemon[0]).isTrue();
        assertThat(pool.abandoned()).isEqualTo(1);
        String next = pool.run(new RuleWatch(1_000_000_000L), watch -> "next");
        assertThat(next).isEqualTo("next");
    }
}
