package org.cxadvisor.advice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A fact a classification rule inserts: something derived about the company (its experience quadrant, value
 * focus, strategy track, relationship gap...). Advice rules reason from these rather than from raw thresholds, by
 * the typed value: {@code Conclusion( concluded == ExperienceQuadrant.PROCESS_DRIVEN )}, so that a misspelt value is a compile
 * error at its line. {@code type} and {@code value} are what the contract shows: the type's name and the value's name
 * (or, for the relationship gap, an Integer); {@code concluded} is null for the gap.
 */
public record Conclusion(String type, Object value, String rule, @JsonIgnore ConclusionValue concluded) {

    /** Called from a rule's consequence: {@code insertLogical(Conclusion.of(kcontext, ExperienceQuadrant.UTILITY));} */
    public static Conclusion of(RuleContext kcontext, ConclusionValue value) {
        return new Conclusion(value.conclusionType().name(), value.name(), kcontext.getRule().getName(), value);
    }

    /** Called from a rule's consequence: {@code insertLogical(Conclusion.relationshipGap(kcontext, $target - $now));} */
    public static Conclusion relationshipGap(RuleContext kcontext, int points) {
        return new Conclusion(ConclusionType.RELATIONSHIP_GAP.name(), points, kcontext.getRule().getName(), null);
    }

    /** The relationship gap in points; null for any other conclusion. */
    public Integer relationshipGap() {
        return ConclusionType.RELATIONSHIP_GAP.name().equals(type) && value instanceof Integer i ? i : null;
    }

    /** Whether this conclusion settles a tension between the sources (see {@link ConclusionValue#reconciles()}). */
    @JsonIgnore
    public boolean reconciles() {
        return concluded != null && concluded.reconciles();
    }
}
