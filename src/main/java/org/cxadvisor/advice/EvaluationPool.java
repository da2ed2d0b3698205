package org.cxadvisor.advice;

import org.cxadvisor.knowledge.RunawayRulesException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The evaluations' own threads, apart from the request threads: at most {@code size} evaluations run at once
 * (the caller waits at most {@code queueWait} for a place, then gets {@link EngineBusyException}), and the caller
 * waits at most {@code answerWithin} for the answer. A {@code then} part that blocks or spins past that is
 * abandoned: the caller gets a {@link RunawayRulesException} naming the rule in its {@code then} part, the thread is
 * interrupted and its place given to the next evaluation. Java cannot safely kill a thread that never returns;
 * such a thread is a daemon, so it cannot keep the JVM from stopping, and {@link #abandoned()} counts them.
 * The primary defence is that the loader refuses such consequences in the first place (ConsequenceCheck).
 */
final class EvaluationPool {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Semaphore places;
    private final Duration queueWait;
    private final Duration answerWithin;
    private final ExecutorService threads;
    private final AtomicInteger abandoned = new AtomicInteger();

    EvaluationPool(int size, Duration queueWait, Duration answerWithin) {
        this.places = new Semaphore(size, true);
        this.queueWait = queueWait;
        this.answerWithin = answerWithin;
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "cxadvisor-evaluation-" + pool + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.threads = Executors.newCachedThreadPool(daemons);
    }

    /** Runs {@code evaluation} on a pool thread, watched by {@code watch}; see the class comment. */
    <T> T run(RuleWatch watch, Function<RuleWatch, T> evaluation) {
        try {
            if (!places.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new EngineBusyException(queueWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineBusyException(queueWait);
        }
        AtomicBoolean placeFree = new AtomicBoolean();
        Runnable release = () -> {
            if (placeFree.compareAndSet(false, true)) {
                places.release();
            }
        };
        Future<T> answer;
        try {
            answer = threads.submit(() -> {
                try {
                    return evaluation.apply(watch);
                } finally {
                    release.run();
                }
            });
        } catch (RuntimeException e) {
            release.run();
            throw e;
        }
        return await(answer, watch, release);
    }

    private <T> T await(Future<T> answer, RuleWatch watch, Runnable release) {
        long deadline = System.nanoTime() + answerWithin.toNanos();
        while (true) {
            try {
                return answer.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                boolean spinning = watch.overBudget();
                // The wall-clock limit is per evaluation: a what-if runs many in one task, each started by the watch.
                boolean late = watch.started() ? watch.wallNanos() > answerWithin.toNanos() : System.nanoTime() - deadline > 0;
                if (spinning || late) {
                    String rule = watch.culprit();
                    watch.abandon();
                    answer.cancel(true);
                    release.run();
                    abandoned.incrementAndGet();
                    throw spinning ? RunawayRulesException.cpu(rule, watch.cpuNanos())
                            : RunawayRulesException.blocked(rule, answerWithin);
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                watch.abandon();
                Thread.currentThread().interrupt();
                throw RunawayRulesException.blocked(watch.culprit(), answerWithin);
            }
        }
    }

    /** Threads given up on because a then part never returned (they may still be running). */
    int abandoned() {
        return abandoned.get();
    }
}
