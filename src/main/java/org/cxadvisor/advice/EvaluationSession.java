package org.cxadvisor.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.RunawayRulesException;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.web.WorkBudget;
import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One rules session of one knowledge base, in which a profile is evaluated and then replaced by the next profile and
 * evaluated again (within a what-if, and from one request to the next): the rules re-fire only where the change
 * reaches (Drools is told which fields changed, unless a rule binds the whole profile:
 * {@link KnowledgeBase#profileBoundWhole()}), and truth maintenance retracts the conclusions and advice that no
 * longer hold. That holds only while every fact but the profile was inserted logically; after a then part has
 * inserted a plain fact ({@code insert}, which rule files may use), nothing would retract it, so the next profile
 * gets a fresh session. Each evaluation keeps the limits of a fresh one: at most {@code maxFirings} firings, the CPU budget and the wall-clock limit of
 * {@link RuleWatch} and {@link EvaluationPool} start afresh, and the request's {@link WorkBudget} is checked first.
 * Made by {@link AdviceEngine#analyse} on a pool thread and kept for the next analysis of the same knowledge base
 * ({@link KeptSessions}), or closed when an analysis fails; not for use by two threads at once.
 */
public final class EvaluationSession {

    private static final Comparator<Conclusion> CONCLUSION_ORDER = Comparator.comparing(Conclusion::type);
    private static final Comparator<Strength> STRENGTH_ORDER = Comparator.comparing(Strength::id);

    private final KnowledgeBase kb;
    private KieSession session;
    private RuleWatch watch;
    private final int maxFirings;
    private final EngineMetrics metrics;
    private WorkBudget budget;
    private FactHandle profile;
    private boolean reusable;
    /** Whether a fact other than the profile came, went or changed since the last evaluation's facts were read. */
    private final FactChanges changes = new FactChanges();
    private Evaluation last;

    EvaluationSession(KnowledgeBase kb, RuleWatch watch, int maxFirings, EngineMetrics metrics, WorkBudget budget) {
        this.kb = kb;
        this.watch = watch;
        this.maxFirings = maxFirings;
        this.metrics = metrics;
        this.budget = budget;
        this.session = newSession();
    }

    private KieSession newSession() {
        KieSession fresh = kb.kieBase().newKieSession();
        fresh.addEventListener(watch);
        fresh.addEventListener(changes);
        return fresh;
    }

    private void startAfresh() {
        session.dispose();
        session = newSession();
        profile = null;
        last = null;
    }

    /**
     * Takes the session up again for the next analysis ({@link KeptSessions}), with that analysis's watch and budget;
     * its next profile takes the place of the last one evaluated, as within a what-if.
     */
    void resume(RuleWatch nextWatch, WorkBudget nextBudget) {
        session.removeEventListener(watch);
        session.addEventListener(nextWatch);
        watch = nextWatch;
        budget = nextBudget;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** What the rules conclude and advise for {@code profile}, which takes the place of the one evaluated before. */
    public Evaluation evaluate(CompanyProfile next) {
        WorkBudget.check(budget);
        long start = System.nanoTime();
        try {
            if (profile != null && !reusable) {
                startAfresh();
            }
            watch.start(session);
            if (profile == null) {
                profile = session.insert(next);
            } else if (kb.profileBoundWhole()) {
                session.update(profile, next);
            } else {
                session.update(profile, next, ((CompanyProfile) session.getObject(profile)).differingComponents(next));
            }
            changes.clear();
            fire();
            if (last != null && !changes.any()) {
                // nothing but the profile changed (e.g. most steps of a sweep): the same conclusions and advice
                last = new Evaluation(kb, next, last.conclusions(), last.advice(), last.strengths());
                return last;
            }
            reusable = onlyJustified();
            last = collect(next);
            return last;
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

    /** Whether every fact but the profile is held by truth maintenance, so that the next profile can take its place. */
    private boolean onlyJustified() {
        for (FactHandle handle : session.getFactHandles()) {
            EqualityKey key = handle == profile ? null : ((InternalFactHandle) handle).getEqualityKey();
            if (handle != profile && (key == null || key.getStatus() != EqualityKey.JUSTIFIED)) {
                return false;
            }
        }
        return true;
    }

    private Evaluation collect(CompanyProfile evaluated) {
        List<Conclusion> conclusions = new ArrayList<>();
        List<Advice> advice = new ArrayList<>();
        List<Strength> strengths = new ArrayList<>();
        // one pass over the session's facts, not one per kind
        for (Object fact : session.getObjects()) {
            if (fact instanceof Conclusion c) {
                conclusions.add(c);
            } else if (fact instanceof Advice a) {
                advice.add(a);
            } else if (fact instanceof Strength s) {
                strengths.add(s);
            }
        }
        conclusions.sort(CONCLUSION_ORDER);
        strengths.sort(STRENGTH_ORDER);
        return new Evaluation(kb, evaluated, List.copyOf(conclusions), AdviceRanking.rank(advice), List.copyOf(strengths));
    }

    void close() {
        session.dispose();
    }
}
