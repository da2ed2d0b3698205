package org.cxadvisor.advice;

import org.cxadvisor.knowledge.RuleMetadata;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A fact an advice rule inserts: this advice applies, with this priority. The advice id and category come
 * from the rule's own metadata ({@code @adviceId}, {@code @category}), so a rule states them once and the
 * validator can see statically which advice each rule can give. Texts are looked up by id at report time.
 * Rules insert it logically (truth maintenance): if a later conclusion makes the rule's conditions false, for
 * instance one a {@code not Conclusion(...)} condition excludes, the advice is withdrawn again, so the outcome
 * never depends on the order in which rules happen to fire. An advice may have one rule per priority band; the
 * {@link AdviceRanking} keeps one item per id and gives it its {@code horizon} (null until then).
 */
public record Advice(String id, String category, Priority priority, String rule, Horizon horizon) {

    /** Called from a rule's consequence: {@code insertLogical(Advice.of(kcontext, Priority.HIGH));} */
    public static Advice of(RuleContext kcontext, Priority priority) {
        var meta = kcontext.getRule().getMetaData();
        return new Advice(RuleMetadata.text(meta.get(RuleMetadata.ADVICE)),
                RuleMetadata.text(meta.get(RuleMetadata.CATEGORY)), priority, kcontext.getRule().getName(), null);
    }

    Advice at(Horizon when) {
        return new Advice(id, category, priority, rule, when);
    }

    /** The roadmap step of this advice's category; unknown categories (refused by validate) come last. */
    AdviceCategory.Step step() {
        return AdviceCategory.byName(category).map(AdviceCategory::step).orElse(AdviceCategory.Step.EXPERIENCE_TACTICS);
    }

    int categoryRank() {
        return AdviceCategory.byName(category).map(Enum::ordinal).orElse(AdviceCategory.COUNT);
    }
}
