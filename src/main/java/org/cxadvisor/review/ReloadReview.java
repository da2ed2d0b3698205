package org.cxadvisor.review;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.example.Examples;
import org.cxadvisor.impact.DraftImpact;
import org.cxadvisor.impact.ImpactTally;
import org.cxadvisor.knowledge.GenerationListener;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the knowledge-base page shows of each new generation: the rule tests of the rules folder run on it, and what
 * it changed for the example profiles compared with the generation before (the last {@value #KEPT} reloads). The
 * work runs on one background thread of low priority, so that a reload and the advice requests never wait for it,
 * and starts {@code cxadvisor.reload.review-delay-ms} (2000) after the reload: the other instances on the same rules
 * are still compiling the same edit then, and an editor who saves again soon makes the rule tests of the generation
 * in between needless (they run only on the generation still in service).
 */
@Component
class ReloadReview implements GenerationListener {

    static final int KEPT = 10;
    private static final Logger log = LoggerFactory.getLogger(ReloadReview.class);

    /** The examples' changes of one reload: {@code examples} re-run, {@code changes} those whose advice moved. */
    record ExampleChanges(String from, String to, java.time.Instant at, int examples, List<ImpactTally.Change> changes) {
    }

    private final KnowledgeBaseHolder holder;
    private final EvaluationService evaluation;
    private final AdviceEngine engine;
    private final Clock clock = Clock.systemUTC();
    private final long delayMs;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "reload-review");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final Deque<ExampleChanges> reloads = new ArrayDeque<>();
    private volatile RuleTestRun tests;

    ReloadReview(KnowledgeBaseHolder holder, EvaluationService evaluation, AdviceEngine engine,
                 @Value("${cxadvisor.reload.review-delay-ms:2000}") long delayMs) {
        this.holder = holder;
        this.delayMs = delayMs;
        this.evaluation = evaluation;
        this.engine = engine;
        holder.addListener(this);
        KnowledgeBase first = holder.current();
        worker.submit(() -> runTests(first));
    }

    @Override
    public void served(KnowledgeBase previous, KnowledgeBase current) {
        worker.schedule(() -> {
            compareExamples(previous, current);
            if (holder.current() == current) {
                runTests(current);
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    /** The rule tests' last run, or null while the first one is still running. */
    RuleTestRun tests() {
        return tests;
    }

    /** What the last reloads changed for the example profiles, newest first. */
    synchronized List<ExampleChanges> reloads() {
        return List.copyOf(reloads);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void runTests(KnowledgeBase kb) {
        try {
            tests = RuleTestRun.of(holder.rulesDir(), kb, engine, clock.instant());
        } catch (RuntimeException e) {
            // a test folder that cannot be read must not end the worker: the page says the run failed
            log.warn("The rule tests could not be run on knowledge base {}: {}", kb.version(), e.toString());
            tests = RuleTestRun.failed(kb, clock.instant(), e.getMessage());
        }
    }

    private void compareExamples(KnowledgeBase from, KnowledgeBase to) {
        try {
            ImpactTally tally = new ImpactTally(evaluation, from, to);
            DraftImpact.examples(Examples.folder(holder.rulesDir())).forEach(tally::add);
            ImpactTally.Result result = tally.result();
            synchronized (this) {
                reloads.addFirst(new ExampleChanges(from.version(), to.version(), clock.instant(), result.assessments(),
                        result.changes()));
                while (reloads.size() > KEPT) {
                    reloads.removeLast();
                }
            }
        } catch (RuntimeException e) {
            log.warn("The example profiles could not be compared for {} -> {}: {}", from.version(), to.version(), e.toString());
        }
    }
}
