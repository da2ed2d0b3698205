package org.cxadvisor.advice;

import org.kie.api.runtime.rule.RuleContext;

/**
 * A fact a classification rule inserts: something derived about the company (its experience quadrant,
 * value focus, strategy track, relationship gap...). Advice rules reason from these rather than from raw
 * thresholds. {@code value} is a name (e.g. "PROCESS_DRIVEN") or, for a gap, an Integer.
 */
public record Conclusion(String type, Object value, String rule) {

    /** Called from a rule's consequence: {@code insertLogical(Conclusion.of(kcontext, "EXPERIENCE_QUADRANT", "UTILITY"));} */
    public static Conclusion of(RuleContext kcontext, String type, Object value) {
        return new Conclusion(type, value, kcontext.getRule().getName());
    }

    /** The value as a number, for numeric conclusions such as RELATIONSHIP_GAP; null otherwise. */
    public Integer number() {
        return value instanceof Integer i ? i : null;
    }
}
