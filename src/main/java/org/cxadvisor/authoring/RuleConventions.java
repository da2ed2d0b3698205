package org.cxadvisor.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.knowledge.KnowledgeMap;
import org.cxadvisor.knowledge.RuleInfo;

/**
 * The knowledge base's conventions for each rule's metadata: advice or a conclusion, a known category, K-points
 * and the documents they come from; and one rule per advice id and per name.
 */
final class RuleConventions {

    private RuleConventions() {
    }

    static void check(List<RuleInfo> rules, List<Finding> findings) {
        rules.forEach(r -> metadata(r, findings));
        adviceIdsAndNames(rules, findings);
    }

    private static void metadata(RuleInfo r, List<Finding> findings) {
        String where = "rule \"" + r.name() + "\"";
        boolean advice = r.advice() != null && !r.advice().isBlank();
        boolean concludes = r.conclusion() != null && !r.conclusion().isBlank();
        if (!advice && !concludes) {
            findings.add(Finding.error(r.file(), r.line(), where + " neither gives advice nor concludes: add"
                    + " @adviceId(\"...\") and @category(\"...\") for advice, or @concludes(\"...\") for a classification."));
        }
        if (advice && concludes) {
            findings.add(Finding.error(r.file(), r.line(), where + " has both @adviceId and @concludes: a rule"
                    + " either gives one advice or draws one conclusion."));
        }
        if (advice && (r.category() == null || r.category().isBlank())) {
            findings.add(Finding.error(r.file(), r.line(), where + " has no @category: use one of "
                    + String.join(", ", AdviceEngine.CATEGORY_ORDER) + "."));
        } else if (r.category() != null && !AdviceEngine.CATEGORY_ORDER.contains(r.category())) {
            findings.add(Finding.error(r.file(), r.line(), where + ": unknown @category(\"" + r.category()
                    + "\"); use one of " + String.join(", ", AdviceEngine.CATEGORY_ORDER) + "."));
        }
        if (advice && !r.advice().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            findings.add(Finding.warning(r.file(), r.line(), where + ": advice id '" + r.advice()
                    + "' should be lower-case words joined by hyphens, e.g. recover-disappointments."));
        }
        kpointsAndSources(r, where, findings);
    }

    private static void kpointsAndSources(RuleInfo r, String where, List<Finding> findings) {
        if (r.kpoints().isEmpty()) {
            findings.add(Finding.error(r.file(), r.line(), where + " has no @kpoints: name the guidance it"
                    + " carries, e.g. @kpoints(\"K10\") (see the knowledge map)."));
        }
        r.kpoints().stream().filter(k -> !KnowledgeMap.isKpoint(k)).forEach(k -> findings.add(Finding.error(
                r.file(), r.line(), where + ": '" + k + "' is not a K-point (K1..K29).")));
        if (r.sources().isEmpty()) {
            findings.add(Finding.error(r.file(), r.line(), where + " has no @source: name the document(s), e.g."
                    + " @source(\"geurtsen-2012\"); one of " + documents() + "."));
        }
        for (String source : r.sources()) {
            if (KnowledgeMap.document(source).isEmpty()) {
                findings.add(Finding.error(r.file(), r.line(), where + ": unknown @source '" + source
                        + "'; use one of " + documents() + "."));
            } else if (r.kpoints().stream().filter(KnowledgeMap::isKpoint)
                    .noneMatch(k -> KnowledgeMap.documentOf(k).shortName().equals(source))) {
                findings.add(Finding.warning(r.file(), r.line(), where + ": @source names '" + source
                        + "' but none of its @kpoints comes from it."));
            }
        }
        if (!r.sources().isEmpty()) {
            r.kpoints().stream().filter(KnowledgeMap::isKpoint)
                    .filter(k -> !r.sources().contains(KnowledgeMap.documentOf(k).shortName()))
                    .forEach(k -> findings.add(Finding.error(r.file(), r.line(), where + ": " + k + " comes from "
                            + KnowledgeMap.documentOf(k).shortName() + ", which @source does not name.")));
        }
    }

    private static void adviceIdsAndNames(List<RuleInfo> rules, List<Finding> findings) {
        Map<String, RuleInfo> byAdvice = new LinkedHashMap<>();
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            if (r.advice() != null) {
                RuleInfo first = byAdvice.putIfAbsent(r.advice(), r);
                if (first != null) {
                    findings.add(Finding.error(r.file(), r.line(), "advice '" + r.advice() + "' is also given by rule \""
                            + first.name() + "\" (" + first.file() + ":" + first.line() + "); each advice id belongs"
                            + " to exactly one rule: give this one its own id and texts."));
                }
            }
            RuleInfo same = byName.putIfAbsent(r.name(), r);
            if (same != null) {
                findings.add(Finding.error(r.file(), r.line(), "rule name \"" + r.name() + "\" is also used at "
                        + same.file() + ":" + same.line() + "; rule names must be unique."));
            }
        }
    }

    private static String documents() {
        return String.join(", ", KnowledgeMap.DOCUMENTS.stream().map(KnowledgeMap.Document::shortName).toList());
    }
}
