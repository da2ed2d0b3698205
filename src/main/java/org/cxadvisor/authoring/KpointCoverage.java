package org.cxadvisor.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxadvisor.knowledge.KnowledgeMap;
import org.cxadvisor.knowledge.RuleInfo;

/** Which rules carry each K-point of the knowledge map: for validate, the rule reference and the knowledge-base page. */
public final class KpointCoverage {

    private KpointCoverage() {
    }

    /** K1..K29 in order, each with the rules that name it in their {@code @kpoints}. */
    public static Map<String, List<RuleInfo>> of(List<RuleInfo> rules) {
        Map<String, List<RuleInfo>> coverage = new LinkedHashMap<>();
        KnowledgeMap.kpoints().forEach(k -> coverage.put(k, new ArrayList<>()));
        rules.forEach(r -> r.kpoints().stream().filter(coverage::containsKey).forEach(k -> coverage.get(k).add(r)));
        return coverage;
    }

    /** The actionable K-points (not background) that no rule carries yet. */
    public static List<String> uncovered(Map<String, List<RuleInfo>> coverage) {
        return KnowledgeMap.actionableKpoints().stream().filter(k -> coverage.get(k).isEmpty()).toList();
    }
}
