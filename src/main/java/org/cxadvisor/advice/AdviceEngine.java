package org.cxadvisor.advice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.RunawayRulesException;
import org.cxadvisor.profile.CompanyProfile;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Runs the rules of one knowledge base over one profile: a fresh session per evaluation, always disposed, on the
 * engine's own bounded pool of threads ({@link EvaluationPool}), never on the caller's. Three limits end an
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
        long start = System.nanoTime();
        try {
            return pool.run(new RuleWatch(limits.cpuBudget().toNanos(), metrics), watch -> evaluateHere(kb, profile, watch));
        } finally {
            metrics.evaluated(System.nanoTime() - start);
        }
    }

    EngineMetrics metrics() {
        return metrics;
    }

    /** Evaluation threads given up on because a then part never returned. */
    public int abandonedThreads() {
        return pool.abandoned();
    }

    private Evaluation evaluateHere(KnowledgeBase kb, CompanyProfile profile, RuleWatch watch) {
        KieSession session = kb.kieBase().newKieSession();
        try {
            watch.start(session);
            session.addEventListener(watch);
            session.insert(profile);
            int fired;
            try {
                fired = session.fireAllRules(limits.maxFirings());
            } catch (RuntimeException failure) {
                throw RunawayRulesException.failed(watch.culprit(), failure);
            }
            if (watch.outOfTime()) {
                throw RunawayRulesException.cpu(watch.culprit(), watch.cpuNanos());
            }
            if (fired >= limits.maxFirings()) {
                throw RunawayRulesException.firings(watch.culprit(), limits.maxFirings());
            }
            List<Conclusion> conclusions = new ArrayList<>();
            session.getObjects(new ClassObjectFilter(Conclusion.class)).forEach(o -> conclusions.add((Conclusion) o));
            conclusions.sort(Comparator.comparing(Conclusion::type));
            List<Advice> advice = new ArrayList<>();
            session.getObjects(new ClassObjectFilter(Advice.class)).forEach(o -> advice.add((Advice) o));
            List<Strength> strengths = new ArrayList<>();
            session.getObjects(new ClassObjectFilter(Strength.class)).forEach(o -> strengths.add((Strength) o));
            strengths.sort(Comparator.comparing(Strength::id));
            return new Evaluation(kb, profile, List.copyOf(conclusions), AdviceRanking.rank(advice), List.copyOf(strengths));
        } finally {
            session.dispose();
        }
    }
}
