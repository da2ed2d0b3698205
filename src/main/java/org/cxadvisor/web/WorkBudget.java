package org.cxadvisor.web;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The time a request's work may take, for requests that run many evaluations (what-ifs): set on the request's
 * thread, taken along to the engine's thread and checked before each evaluation (the advice package's
 * EvaluationSession), so that a batch stops when its budget is
 * spent, or when its client has closed the connection ({@link ClientConnection}, looked at after the first
 * {@value #FIRST_LOOK_MS} ms and every {@value #LOOK_EVERY_MS} ms from then on), instead of working on for a client
 * that has given up.
 */
public final class WorkBudget implements AutoCloseable {

    private static final ThreadLocal<WorkBudget> CURRENT = new ThreadLocal<>();

    static final long FIRST_LOOK_MS = 50;
    static final long LOOK_EVERY_MS = 200;
    private static final long FIRST_LOOK_NANOS = Duration.ofMillis(FIRST_LOOK_MS).toNanos();
    private static final long LOOK_EVERY_NANOS = Duration.ofMillis(LOOK_EVERY_MS).toNanos();

    private final long deadline;
    private final Duration budget;
    private final BooleanSupplier clientGone;
    private volatile long nextLook;
    private volatile boolean abandoned;

    private WorkBudget(Duration budget, BooleanSupplier clientGone) {
        this.budget = budget;
        this.clientGone = clientGone;
        long now = System.nanoTime();
        this.deadline = now + budget.toNanos();
        // Not at once: reading the kernel's connection table costs system time that grows with the machine's
        // connections (the kernel writes out every one; 1-2 ms with a thousand here), more than most what-ifs take in
        // all, which then never read it; a client that leaves costs at most this much work before the first look.
        this.nextLook = now + FIRST_LOOK_NANOS;
    }

    /** A budget of {@code millis} for the current thread's request, whose client is gone when {@code clientGone}. */
    public static WorkBudget start(long millis, BooleanSupplier clientGone) {
        WorkBudget budget = new WorkBudget(Duration.ofMillis(millis), clientGone);
        CURRENT.set(budget);
        return budget;
    }

    /** The current thread's budget, or null: evaluations run on the engine's threads take it along. */
    public static WorkBudget current() {
        return CURRENT.get();
    }

    /**
     * Throws {@link BudgetSpentException} when the budget is spent, {@link ClientGoneException} when the client has
     * gone; nothing without a budget (null). Threads of one request may check at once: at worst both look.
     */
    public static void check(WorkBudget budget) {
        if (budget == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - budget.deadline > 0) {
            throw new BudgetSpentException(budget.budget);
        }
        if (now - budget.nextLook >= 0) {
            budget.nextLook = now + LOOK_EVERY_NANOS;
            if (budget.clientGone.getAsBoolean()) {
                budget.abandoned = true;
                throw new ClientGoneException();
            }
        }
    }

    /** Whether the work stopped because its client had gone. */
    boolean abandoned() {
        return abandoned;
    }

    @Override
    public void close() {
        CURRENT.remove();
    }

    /** The request's work took longer than its budget; it was stopped. */
    public static final class BudgetSpentException extends ServiceBusyException {
        BudgetSpentException(Duration budget) {
            super("The request needed more than " + budget.toSeconds() + " s of work and was stopped.");
        }
    }

    /** The request's client closed its connection; its work was stopped, as nobody would read the answer. */
    public static final class ClientGoneException extends ServiceBusyException {
        ClientGoneException() {
            super("The client closed the connection; the request's work was stopped.");
        }
    }
}
