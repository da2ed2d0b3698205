package org.cxadvisor.advice;

import java.time.Duration;
import java.util.function.Function;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.web.WorkBudget;

/**
 * Runs the rules of one knowledge base over one profile: one session per evaluation (or per what-if analysis,
 * {@link #analyse}), on the engine's own bounded pool of threads ({@link EvaluationPool}), never on the caller's. A
 * session that finished is kept for the next analysis of the same knowledge base ({@link KeptSessions}); one that
 * failed or was stopped is disposed. Three limits end an
 * evaluation that does not come to rest, each an error naming the rule whose match was being fired, never a silent
 * truncation: a firing limit, a budget of CPU time used by the evaluating thread ({@link RuleWatch}), and a
 * wall-clock limit for a {@code then} part that blocks.
 */
public final class AdviceEngine {

    /** The CPU time budget when none is given. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);

    /**
     * How the engine runs: limits per evaluation, the size of its pool, and how many finished sessions it keeps
     * (0: a fresh session for every analysis).
     */
    public record Limits(int maxFirings, Duration cpuBudget, Duration answerWithin, int threads, Duration queueWait,
                         int keptSessions) {

        public static Limits of(int maxFirings, Duration cpuBudget) {
            int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
            return new Limits(maxFirings, cpuBudget, Duration.ofSeconds(5), threads, Duration.ofSeconds(5), threads);
        }

        /** The same limits, every analysis in a fresh session. */
        public Limits freshSessions() {
            return new Limits(maxFirings, cpuBudget, answerWithin, threads, queueWait, 0);
        }
    }

    private final Limits limits;
    private final EvaluationPool pool;
    private final KeptSessions kept;
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
        this.kept = new KeptSessions(limits.keptSessions());
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
            EvaluationSession session = kept.take(kb);
            if (session == null) {
                session = new EvaluationSession(kb, watch, limits.maxFirings(), metrics, budget);
            } else {
                session.resume(watch, budget);
            }
            boolean finished = false;
            try {
                T result = analysis.apply(session);
                finished = true;
                return result;
            } finally {
                if (finished && !watch.abandoned()) {
                    kept.giveBack(session);
                } else {
                    session.close(); // a failed or stopped evaluation may have left the session half-way
                }
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
