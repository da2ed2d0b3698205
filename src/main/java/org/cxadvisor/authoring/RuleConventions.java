package org.cxadvisor.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxadvisor.advice.AdviceCategory;
import org.cxadvisor.advice.ConclusionType;
import org.cxadvisor.knowledge.KnowledgeMap;
import org.cxadvisor.knowledge.RuleInfo;

/**
 * The knowledge base's conventions for each rule's metadata: advice, a conclusion or a strength, a known category,
 * K-points and the documents they come from; unique rule names; and the rules of one advice id (one per priority
 * band) kept together in one file and one category.
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
        boolean strength = r.strength() != null && !r.strength().isBlank();
        int kinds = (advice ? 1 : 0) + (concludes ? 1 : 0) + (strength ? 1 : 0);
        if (kinds == 0) {
            findings.add(Finding.error(r.file(), r.line(), where + " neither gives advice, concludes nor notes a"
                    + " strength: add @adviceId(\"...\") and @category(\"...\") for advice, @concludes(\"...\") for a"
                    + " classification, or @strengthId(\"...\") for a practice to keep."));
        }
        if (kinds > 1) {
            findings.add(Finding.error(r.file(), r.line(), where + " has more than one of @adviceId, @concludes and"
                    + " @strengthId: a rule either gives one advice, draws one conclusion or notes one strength."));
        }
        if (concludes && ConclusionType.byName(r.conclusion()).isEmpty()) {
            findings.add(Finding.error(r.file(), r.line(), where + ": unknown @concludes(\"" + r.conclusion()
                    + "\"); use one of " + String.join(", ", java.util.Arrays.stream(ConclusionType.values())
                    .map(Enum::name).toList()) + "."));
        }
        if (advice && (r.category() == null || r.category().isBlank())) {
            findings.add(Finding.error(r.file(), r.line(), where + " has no @category: use one of "
                    + AdviceCategory.names() + "."));
        } else if (r.category() != null && AdviceCategory.byName(r.category()).isEmpty()) {
            findings.add(Finding.error(r.file(), r.line(), where + ": unknown @category(\"" + r.category()
                    + "\"); use one of " + AdviceCategory.names() + "."));
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
                if (first != null && (!first.file().equals(r.file()) || !String.valueOf(first.category())
                        .equals(String.valueOf(r.category())))) {
                    findings.add(Finding.error(r.file(), r.line(), "advice '" + r.advice() + "' is also given by rule \""
                            + first.name() + "\" (" + first.file() + ":" + first.line() + ") in another "
                            + (first.file().equals(r.file()) ? "category" : "file") + "; the rules of one advice are its"
                            + " priority bands and stay together in one file and category: give this one its own id"
                            + " and texts, or move it beside the other."));
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
