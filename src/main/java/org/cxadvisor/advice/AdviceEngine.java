package org.cxadvisor.advice;

import java.time.Duration;
import java.util.function.Function;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.web.WorkBudget;

/**
 * Runs the rules of one knowledge base over one profile: a fresh session per evaluation (or per what-if analysis,
 * {@link #analyse}), always disposed, on the engine's own bounded pool of threads ({@link EvaluationPool}), never on
 * the caller's. Three limits end an
 * evaluation that does not come to rest, each an error naming the rule whose match was being fired, never a silent
 * truncation: a firing limit, a budget of CPU time used by the evaluating thread ({@link RuleWatch}), and a
 * wall-clock limit for a {@code then} part that blocks.
 */
public final class AdviceEngine {

    /** The CPU time budget when none is given. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);

    /** How the engine runs: limits per evaluation and the size of its pool. */
    public record Limits(int maxFirings, Duration cpuBudget, Duration answerWithin, int threads, Duration queueWait) {

        public static Limits of(int maxFirings, Duration cpuBudget) {
            return new Limits(maxFirings, cpuBudget, Duration.ofSeconds(5),
                    Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(5));
        }
    }

    private final Limits limits;
    private final EvaluationPool pool;
    private final EngineMetrics metrics;

    public AdviceEngine(int maxFirings) {
        this(maxFirings, DEFAULT_TIME_BUDGET);
    }

    public AdviceEngine(int maxFirings, Duration cpuBudget) {
        this(Limits.of(maxFirings, cpuBudget));
    }

    public AdviceEngine(Limits limits) {
        this(limits, EngineMetrics.NONE);
    }

    public AdviceEngine(Limits limits, EngineMetrics metrics) {
        this.limits = limits;
        this.pool = new EvaluationPool(limits.threads(), limits.queueWait(), limits.answerWithin());
        this.metrics = metrics;
    }

    public Evaluation evaluate(KnowledgeBase kb, CompanyProfile profile) {
        return analyse(kb, session -> session.evaluate(profile));
    }

    /**
     * Runs {@code analysis} (one evaluation, or a what-if's many) in one session of {@code kb} on a pool thread; each
     * evaluation in it has the limits of a single one ({@link EvaluationSession}). The caller's {@link WorkBudget}
     * goes along, because the analysis does not run on the caller's thread.
     */
    public <T> T analyse(KnowledgeBase kb, Function<EvaluationSession, T> analysis) {
        WorkBudget budget = WorkBudget.current();
        return pool.run(new RuleWatch(limits.cpuBudget().toNanos(), metrics), watch -> {
            EvaluationSession session = new EvaluationSession(kb, watch, limits.maxFirings(), metrics, budget);
            try {
                return analysis.apply(session);
            } finally {
                session.close();
            }
        });
    }

    EngineMetrics metrics() {
        return metrics;
    }

    /** Evaluation threads given up on because a then part never returned. */
    public int abandonedThreads() {
        return pool.abandoned();
    }
}
