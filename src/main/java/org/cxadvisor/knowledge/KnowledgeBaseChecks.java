package org.cxadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;

/** The service's own conditions for a knowledge base: it gives advice, and every advice has its texts. */
public final class KnowledgeBaseChecks {

    private KnowledgeBaseChecks() {
    }

    public static List<RuleError> builtIn(KnowledgeBase kb) {
        List<RuleError> errors = new ArrayList<>(noAdvice(kb.rules()));
        errors.addAll(KnowledgeBaseLoader.missingTexts(kb.rules(), kb.texts()));
        return errors;
    }

    /** An empty folder, or one without any advice rule, would give every company no advice at all. */
    public static List<RuleError> noAdvice(List<RuleInfo> rules) {
        if (rules.stream().anyMatch(RuleInfo::isAdviceRule)) {
            return List.of();
        }
        return List.of(new RuleError(".", 0, rules.isEmpty()
                ? "No rules: the rules folder has no rule files (.drl or .dslr) with rules in them."
                : "No advice rule: none of the " + rules.size() + " rule(s) gives advice (@adviceId), so every company"
                        + " would get no advice."));
    }

    /** All checks in order, built-in first; the errors of all of them. */
    static List<RuleError> all(KnowledgeBase kb, List<RuleFile> files, List<KnowledgeBaseCheck> extra) {
        List<RuleError> errors = new ArrayList<>(builtIn(kb));
        extra.forEach(check -> errors.addAll(check.errors(kb, files)));
        return errors;
    }
}
