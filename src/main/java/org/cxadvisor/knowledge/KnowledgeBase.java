package org.cxadvisor.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * One compiled, immutable generation of the rules folder: the Drools KieBase, the texts and rule catalog
 * that belong to it, and the version (content hash) that reports carry. A reload builds a new one beside it.
 */
public record KnowledgeBase(KieBase kieBase, String version, Instant loadedAt, List<String> files,
                            List<RuleInfo> rules, AdviceTexts texts) {

    public Optional<RuleInfo> rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** Every advice id some rule in this knowledge base can give, in rule order. */
    public List<String> adviceIds() {
        return rules.stream().filter(RuleInfo::isAdviceRule).map(RuleInfo::advice).distinct().toList();
    }
}
