package org.cxadvisor.advice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.profile.CompanyProfile;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Runs the rules of one knowledge base over one profile: a fresh session per evaluation, always disposed,
 * and a firing limit and a time budget whose breach is an error naming the rule that fired most, never a silent
 * truncation. The time budget is checked between firings, so a rule that keeps re-firing is halted even when each
 * firing is slow.
 */
public final class AdviceEngine {

    /** The time budget when none is given. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);

    private final int maxFirings;
    private final Duration timeBudget;

    public AdviceEngine(int maxFirings) {
        this(maxFirings, DEFAULT_TIME_BUDGET);
    }

    public AdviceEngine(int maxFirings, Duration timeBudget) {
        this.maxFirings = maxFirings;
        this.timeBudget = timeBudget;
    }

    public Evaluation evaluate(KnowledgeBase kb, CompanyProfile profile) {
        KieSession session = kb.kieBase().newKieSession();
        FiringCounter counter = new FiringCounter(session, System.nanoTime() + timeBudget.toNanos());
        try {
            session.addEventListener(counter);
            session.insert(profile);
            int fired = session.fireAllRules(maxFirings);
            if (counter.outOfTime) {
                throw new RunawayRulesException(counter.mostFired(), "kept firing: the rules did not finish within "
                        + timeBudget.toMillis() + " ms (" + fired + " rule firings).");
            }
            if (fired >= maxFirings) {
                throw new RunawayRulesException(counter.mostFired(),
                        "kept firing: the rules did not finish within " + maxFirings + " rule firings.");
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

    /** Counts firings per rule so that a runaway can be named, and halts the session when time is up. */
    private static final class FiringCounter extends DefaultAgendaEventListener {
        private final Map<String, Integer> firings = new HashMap<>();
        private final KieSession session;
        private final long deadline;
        private boolean outOfTime;

        FiringCounter(KieSession session, long deadline) {
            this.session = session;
            this.deadline = deadline;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            if (!outOfTime && System.nanoTime() - deadline > 0) {
                outOfTime = true;
                session.halt();
            }
        }

        String mostFired() {
            return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
        }
    }
}
