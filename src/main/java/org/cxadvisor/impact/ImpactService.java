package org.cxadvisor.impact;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.assessment.AssessmentListing;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * After every change of the knowledge base in service, re-runs the saved assessments on the old and the new
 * generation and keeps what changed ({@code GET /api/knowledge-base/impact}). It runs on one background thread of
 * low priority, one run at a time, over at most {@code cxadvisor.impact.max-assessments} (newest first), so that
 * advice requests never wait for it; it notices a new generation within {@code cxadvisor.impact.poll-ms}, whichever
 * way it came (live reload, or later a rules sync). Switched off with {@code cxadvisor.impact.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "cxadvisor.impact.enabled", havingValue = "true", matchIfMissing = true)
class ImpactService implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImpactService.class);
    private static final int PROGRESS_EVERY = 25;

    private final EvaluationService evaluation;
    private final AssessmentListing listing;
    private final ImpactStore store;
    private final int maxAssessments;
    private final long pollMs;
    private volatile ScheduledExecutorService worker;
    private KnowledgeBase seen;

    ImpactService(EvaluationService evaluation, AssessmentListing listing, ImpactStore store,
                  @Value("${cxadvisor.impact.max-assessments:10000}") int maxAssessments,
                  @Value("${cxadvisor.impact.poll-ms:1000}") long pollMs) {
        this.evaluation = evaluation;
        this.listing = listing;
        this.store = store;
        this.maxAssessments = maxAssessments;
        this.pollMs = pollMs;
    }

    @Override
    public synchronized void start() {
        seen = evaluation.knowledgeBase();
        worker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rule-change-impact");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        worker.scheduleWithFixedDelay(this::checkForNewGeneration, pollMs, pollMs, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private void checkForNewGeneration() {
        KnowledgeBase now = evaluation.knowledgeBase();
        if (now.version().equals(seen.version())) {
            return;
        }
        KnowledgeBase before = seen;
        seen = now;
        try {
            measure(before, now);
        } catch (RuntimeException e) {
            // a database hiccup must not end the worker: the next reload is measured again
            log.warn("The impact of knowledge base {} -> {} could not be measured: {}", before.version(), now.version(), e.toString());
        }
    }

    void measure(KnowledgeBase from, KnowledgeBase to) {
        int total = SavedSubjects.count(listing, maxAssessments);
        String run = store.claim(from.version(), to.version(), total).orElse(null);
        if (run == null) {
            log.info("The impact of knowledge base {} -> {} is measured by another instance", from.version(), to.version());
            return;
        }
        ImpactTally tally = new ImpactTally(evaluation, from, to);
        int[] done = {0};
        try {
            SavedSubjects.forEach(listing, maxAssessments, subject -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("stopped");
                }
                tally.add(subject);
                if (++done[0] % PROGRESS_EVERY == 0) {
                    store.save(run, ImpactStore.Status.RUNNING, done[0], tally.result());
                }
            });
            store.save(run, ImpactStore.Status.DONE, done[0], tally.result());
            log.info("Rule change {} -> {}: {} of {} saved assessments get other advice", from.version(), to.version(),
                    tally.result().changed(), done[0]);
        } catch (RuntimeException e) {
            store.save(run, ImpactStore.Status.FAILED, done[0], tally.result());
            throw e;
        }
    }
}
