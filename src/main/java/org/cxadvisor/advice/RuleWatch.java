package org.cxadvisor.advice;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Watches one evaluation: which rule's {@code then} part is running right now (the match being fired), how many
 * firings there were, and how much CPU time the evaluating thread has used. CPU time, not wall-clock time, so that
 * a busy machine cannot make an innocent evaluation look like a runaway. The evaluating thread halts the session
 * itself between firings; {@link EvaluationPool} reads the same figures from outside while a {@code then} part
 * does not return.
 *
 * <p>Reading a thread's CPU clock is a system call (8% of a counterfactual analysis on the 2-core VMs, whose
 * evaluations of one changed field take 15-30 µs each), so an evaluation that starts within
 * {@value #REUSE_READING_MS} ms of the last reading on its thread takes that reading as its start: a thread cannot
 * have used more CPU time than has passed, so its use is counted at most {@value #REUSE_READING_MS} ms too high,
 * never too low.
 */
final class RuleWatch extends DefaultAgendaEventListener {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();
    static final long REUSE_READING_MS = 10;
    private static final long REUSE_READING_NANOS = REUSE_READING_MS * 1_000_000;

    private final long cpuBudgetNanos;
    private final EngineMetrics metrics;
    private volatile KieSession session;
    private volatile Thread thread;
    private volatile long cpuStart;
    private volatile long wallStart;
    private volatile String running;
    private volatile String lastFired;
    private volatile boolean outOfTime;
    private volatile boolean abandoned;
    /** When (wall clock) {@link #cpuStart} was read from the evaluating thread's CPU clock. */
    private long cpuReadAt;

    RuleWatch(long cpuBudgetNanos) {
        this(cpuBudgetNanos, EngineMetrics.NONE);
    }

    RuleWatch(long cpuBudgetNanos, EngineMetrics metrics) {
        this.cpuBudgetNanos = cpuBudgetNanos;
        this.metrics = metrics;
    }

    /**
     * Called on the evaluating thread before each evaluation of the session: budget, clock and culprit start afresh,
     * so that every evaluation of a what-if has the limits of a single one.
     */
    void start(KieSession session) {
        this.session = session;
        this.running = null;
        this.lastFired = null;
        Thread current = Thread.currentThread();
        long now = System.nanoTime();
        if (!CPU_TIME) {
            cpuStart = now;
        } else if (current != thread || cpuStart < 0 || now - cpuReadAt >= REUSE_READING_NANOS) {
            cpuStart = THREADS.getCurrentThreadCpuTime();
            cpuReadAt = now;
        }   // else the start stays this thread's reading of less than REUSE_READING_MS ago
        this.thread = current;
        this.wallStart = now;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        running = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        lastFired = event.getMatch().getRule().getName();
        running = null;
        metrics.fired(lastFired);
        if (!outOfTime && overBudget()) {
            outOfTime = true;
            session.halt();
        }
    }

    /** CPU time the evaluating thread has used so far (wall-clock time where the JVM cannot measure CPU time). */
    long cpuNanos() {
        Thread t = thread;
        if (t == null) {
            return 0;
        }
        if (!CPU_TIME) {
            return System.nanoTime() - wallStart;
        }
        long now = t == Thread.currentThread() ? THREADS.getCurrentThreadCpuTime() : THREADS.getThreadCpuTime(t.getId());
        return now < 0 ? 0 : now - cpuStart;
    }

    long wallNanos() {
        return thread == null ? 0 : System.nanoTime() - wallStart;
    }

    boolean started() {
        return thread != null;
    }

    /** Whether the evaluation was stopped from outside ({@link #abandon}); its session may be halted mid-way. */
    boolean abandoned() {
        return abandoned;
    }

    boolean outOfTime() {
        return outOfTime;
    }

    /**
     * Whether the evaluation has used more CPU time than its budget. A thread cannot have used more CPU time than
     * has passed, so the thread's CPU clock (a system call) is read only once the wall-clock time is over it, not
     * after every firing.
     */
    boolean overBudget() {
        return wallNanos() > cpuBudgetNanos && cpuNanos() > cpuBudgetNanos;
    }

    /** The rule to blame: the one whose then part is running, else the one that fired last. */
    String culprit() {
        String now = running;
        return now != null ? now : lastFired != null ? lastFired : "?";
    }

    /** Stops the evaluation from outside: halts the agenda and interrupts a then part that waits. */
    void abandon() {
        abandoned = true;
        KieSession s = session;
        if (s != null) {
            s.halt();
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
