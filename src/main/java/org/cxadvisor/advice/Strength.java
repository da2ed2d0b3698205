package org.cxadvisor.advice;

import org.cxadvisor.knowledge.RuleMetadata;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A fact a strength rule inserts: a practice already in place that the sources value, for the company to keep.
 * Its id comes from the rule's {@code @strengthId} metadata; its words from the texts files.
 */
public record Strength(String id, String rule) {

    /** Called from a rule's consequence: {@code insertLogical(Strength.of(kcontext));} */
    public static Strength of(RuleContext kcontext) {
        return new Strength(RuleMetadata.text(kcontext.getRule().getMetaData().get(RuleMetadata.STRENGTH)),
                kcontext.getRule().getName());
    }
}
