package org.cxadvisor.knowledge;

import java.time.Duration;

/**
 * A rule kept the evaluation from finishing: it kept re-firing (firing limit), used up the CPU time budget, blocked
 * in its {@code then} part, or failed there. Names the rule that was running; the service takes the generation
 * that brought it out of service (see EvaluationService).
 */
public class RunawayRulesException extends RuntimeException {

    private final String rule;

    public RunawayRulesException(String rule, String reason) {
        super("Rule \"" + rule + "\" " + reason);
        this.rule = rule;
    }

    public static RunawayRulesException firings(String rule, int limit) {
        return new RunawayRulesException(rule, "kept firing: the rules did not finish within " + limit
                + " rule firings.");
    }

    public static RunawayRulesException cpu(String rule, long cpuNanos) {
        return new RunawayRulesException(rule, "kept running: the rules used " + cpuNanos / 1_000_000
                + " ms of CPU time without finishing.");
    }

    public static RunawayRulesException blocked(String rule, Duration waited) {
        return new RunawayRulesException(rule, "did not finish within " + waited.toMillis()
                + " ms: its then part waits or blocks.");
    }

    public static RunawayRulesException failed(String rule, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root instanceof InterruptedException ? "was interrupted"
                : "failed: " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
        return new RunawayRulesException(rule, "could not finish: its then part " + what + ".");
    }

    public String rule() {
        return rule;
    }
}
