package org.cxadvisor.web;

import java.time.Duration;

/**
 * The time a request's work may take, for requests that run many evaluations (what-ifs): set on the request's
 * thread, taken along to the engine's thread and checked before each evaluation (the advice package's
 * EvaluationSession), so that a batch stops when its budget is
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

    /** The current thread's budget, or null: evaluations run on the engine's threads take it along. */
    public static WorkBudget current() {
        return CURRENT.get();
    }

    /** Throws {@link BudgetSpentException} when the budget is spent; nothing without a budget (null). */
    public static void check(WorkBudget budget) {
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
