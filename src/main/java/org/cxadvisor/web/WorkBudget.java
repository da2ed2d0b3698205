package org.cxadvisor.web;

import java.time.Duration;

/**
 * The time a request's work may take, for requests that run many evaluations (what-ifs): set on the request's
 * thread, checked by the evaluation service before each evaluation, so that a batch stops when its budget is
 * spent instead of working on for a client that has long given up.
 */
public final class WorkBudget implements AutoCloseable {

    private static final ThreadLocal<WorkBudget> CURRENT = new ThreadLocal<>();

    private final long deadline;
    private final Duration budget;

    private WorkBudget(Duration budget) {
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    public static WorkBudget start(long millis) {
        WorkBudget budget = new WorkBudget(Duration.ofMillis(millis));
        CURRENT.set(budget);
        return budget;
    }

    /** Throws {@link BudgetSpentException} when the current thread's budget is spent; nothing without a budget. */
    public static void check() {
        WorkBudget budget = CURRENT.get();
        if (budget != null && System.nanoTime() - budget.deadline > 0) {
            throw new BudgetSpentException(budget.budget);
        }
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
}
