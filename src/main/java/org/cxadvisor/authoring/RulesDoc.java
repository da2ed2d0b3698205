package org.cxadvisor.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cxadvisor.knowledge.AdviceText;
import org.cxadvisor.knowledge.AdviceTexts;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeMap;
import org.cxadvisor.knowledge.RuleInfo;
import org.cxadvisor.knowledge.StrengthText;

/**
 * The rule reference ({@code docs/rules.md}), generated from the rules' metadata (the rule catalog) and the advice
 * texts, so that it is never written by hand and never out of date: every rule with its file and line, category,
 * advice id and title, K-points, sources and the profile fields it reads, plus the K-point coverage.
 */
public final class RulesDoc {

    private RulesDoc() {
    }

    public static String render(KnowledgeBase kb) {
        StringBuilder md = new StringBuilder();
        md.append("# Rule reference\n\n");
        md.append("Generated from the rules folder by `java -jar target/cx-advisor.jar rules-doc rules/ --out docs/rules.md`; do not edit by hand.\n");
        md.append(kb.rules().size()).append(" rules in ").append(kb.files().size()).append(" files.\n\n");
        Map<String, List<RuleInfo>> byFile = new LinkedHashMap<>();
        kb.rules().forEach(r -> byFile.computeIfAbsent(r.file(), f -> new java.util.ArrayList<>()).add(r));
        md.append("## Contents\n\n");
        byFile.forEach((file, rules) -> md.append("- [").append(file).append("](#").append(anchor(file)).append(") — ")
                .append(rules.size()).append(rules.size() == 1 ? " rule\n" : " rules\n"));
        md.append("- [K-point coverage](#k-point-coverage)\n");
        AdviceTexts texts = kb.texts();
        byFile.forEach((file, rules) -> {
            md.append("\n## ").append(file).append("\n\n");
            for (RuleInfo r : rules) {
                md.append("### ").append(r.name()).append("\n\n");
                md.append("| | |\n|---|---|\n");
                md.append("| where | `").append(r.file()).append(':').append(r.line()).append("` |\n");
                if (r.isAdviceRule()) {
                    md.append("| category | `").append(r.category()).append("` |\n");
                    md.append("| advice | `").append(r.advice()).append('`');
                    texts.text(r.advice(), "en").map(AdviceText::title).ifPresent(t -> md.append(" — ").append(t));
                    texts.text(r.advice(), "nl").map(AdviceText::title).ifPresent(t -> md.append(" / *").append(t).append('*'));
                    md.append(" |\n");
                } else if (r.isStrengthRule()) {
                    md.append("| strength | `").append(r.strength()).append('`');
                    texts.strength(r.strength(), "en").map(StrengthText::title).ifPresent(t -> md.append(" — ").append(t));
                    texts.strength(r.strength(), "nl").map(StrengthText::title).ifPresent(t -> md.append(" / *").append(t).append('*'));
                    md.append(" |\n");
                } else {
                    md.append("| concludes | `").append(r.conclusion()).append("` |\n");
                }
                texts.ruleText(r.name(), "nl").ifPresent(t -> md.append("| in Dutch | ").append(t.strip()).append(" |\n"));
                md.append("| K-points | ").append(String.join(", ", r.kpoints())).append(" |\n");
                md.append("| sources | ").append(KnowledgeMap.bySource(r.kpoints()).entrySet().stream()
                        .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                        .collect(Collectors.joining("; "))).append(" |\n");
                md.append("| reads | ").append(r.fields().isEmpty() ? "conclusions only"
                        : r.fields().stream().map(f -> "`" + f + "`").collect(Collectors.joining(", "))).append(" |\n\n");
            }
        });
        md.append("## K-point coverage\n\n| K-point | source | rules |\n|---|---|---|\n");
        for (Map.Entry<String, List<RuleInfo>> carried : KpointCoverage.of(kb.rules()).entrySet()) {
            String k = carried.getKey();
            List<String> names = carried.getValue().stream().map(RuleInfo::name).toList();
            String rules = KnowledgeMap.BACKGROUND.contains(k) ? "*(background: rationale texts only)*"
                    : names.isEmpty() ? "**no rule yet**" : String.join("; ", names);
            md.append("| ").append(k).append(" | ").append(KnowledgeMap.documentOf(k).shortName()).append(" | ")
                    .append(rules).append(" |\n");
        }
        return md.toString();
    }

    private static String anchor(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }
}
