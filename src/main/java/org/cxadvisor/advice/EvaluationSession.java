package org.cxadvisor.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.RunawayRulesException;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.web.WorkBudget;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One rules session of one knowledge base, in which a profile is evaluated and then, for what-ifs, replaced by the
 * next profile and evaluated again: the rules re-fire only where the change reaches, and truth maintenance retracts
 * the conclusions and advice that no longer hold (every then part inserts logically). Each evaluation keeps the
 * limits of a fresh one: at most {@code maxFirings} firings, the CPU budget and the wall-clock limit of
 * {@link RuleWatch} and {@link EvaluationPool} start afresh, and the request's {@link WorkBudget} is checked first.
 * Made by {@link AdviceEngine#analyse} on a pool thread and closed by it; not for use by two threads at once.
 */
public final class EvaluationSession {

    private static final Comparator<Conclusion> CONCLUSION_ORDER = Comparator.comparing(Conclusion::type);

    private final KnowledgeBase kb;
    private final KieSession session;
    private final RuleWatch watch;
    private final int maxFirings;
    private final EngineMetrics metrics;
    private final WorkBudget budget;
    private FactHandle profile;

    EvaluationSession(KnowledgeBase kb, RuleWatch watch, int maxFirings, EngineMetrics metrics, WorkBudget budget) {
        this.kb = kb;
        this.session = kb.kieBase().newKieSession();
        this.watch = watch;
        this.maxFirings = maxFirings;
        this.metrics = metrics;
        this.budget = budget;
        session.addEventListener(watch);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** What the rules conclude and advise for {@code profile}, which takes the place of the one evaluated before. */
    public Evaluation evaluate(CompanyProfile next) {
        WorkBudget.check(budget);
        long start = System.nanoTime();
        try {
            watch.start(session);
            if (profile == null) {
                profile = session.insert(next);
            } else {
                session.update(profile, next);
            }
            fire();
            return collect(next);
        } finally {
            metrics.evaluated(System.nanoTime() - start);
        }
    }

    private void fire() {
        int fired;
        try {
            fired = session.fireAllRules(maxFirings);
        } catch (RuntimeException failure) {
            throw RunawayRulesException.failed(watch.culprit(), failure);
        }
        if (watch.outOfTime()) {
            throw RunawayRulesException.cpu(watch.culprit(), watch.cpuNanos());
        }
        if (fired >= maxFirings) {
            throw RunawayRulesException.firings(watch.culprit(), maxFirings);
        }
    }

    private Evaluation collect(CompanyProfile evaluated) {
        List<Conclusion> conclusions = new ArrayList<>();
        session.getObjects(new ClassObjectFilter(Conclusion.class)).forEach(o -> conclusions.add((Conclusion) o));
        conclusions.sort(CONCLUSION_ORDER);
        List<Advice> advice = new ArrayList<>();
        session.getObjects(new ClassObjectFilter(Advice.class)).forEach(o -> advice.add((Advice) o));
        List<Strength> strengths = new ArrayList<>();
        session.getObjects(new ClassObjectFilter(Strength.class)).forEach(o -> strengths.add((Strength) o));
        strengths.sort(Comparator.comparing(Strength::id));
        return new Evaluation(kb, evaluated, List.copyOf(conclusions), AdviceRanking.rank(advice), List.copyOf(strengths));
    }

    void close() {
        session.dispose();
    }
}
