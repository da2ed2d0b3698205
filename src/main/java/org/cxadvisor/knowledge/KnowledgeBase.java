package org.cxadvisor.knowledge;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cxadvisor.experiment.ExperimentCatalog;
import org.kie.api.KieBase;

/**
 * One compiled, immutable generation of the rules folder: the Drools KieBase, the texts, experiment plans and rule catalog
 * that belong to it, and the version (content hash) that reports carry. A reload builds a new one beside it.
 * What reports and what-ifs look up per request (a rule by name, the fields the rules read) is derived here,
 * once per generation.
 */
public final class KnowledgeBase {

    private final KieBase kieBase;
    private final String version;
    private final Instant loadedAt;
    private final List<String> files;
    private final List<RuleInfo> rules;
    private final AdviceTexts texts;
    private final ExperimentCatalog experiments;
    private final Map<String, RuleInfo> rulesByName = new LinkedHashMap<>();
    private final Set<String> fieldsRead = new TreeSet<>();
    private final boolean profileBoundWhole;
    private final Map<String, Map<String, List<String>>> sourcesByRule = new HashMap<>();

    public KnowledgeBase(KieBase kieBase, String version, Instant loadedAt, List<String> files, List<RuleInfo> rules,
                         AdviceTexts texts, ExperimentCatalog experiments) {
        this.kieBase = kieBase;
        this.profileBoundWhole = ProfileBindings.anyRuleBindsTheWholeProfile(kieBase);
        this.version = version;
        this.loadedAt = loadedAt;
        this.files = List.copyOf(files);
        this.rules = List.copyOf(rules);
        this.texts = texts;
        this.experiments = experiments;
        this.rules.forEach(r -> {
            rulesByName.putIfAbsent(r.name(), r);
            sourcesByRule.putIfAbsent(r.name(), KnowledgeMap.bySource(r.kpoints()));
            fieldsRead.addAll(r.fields());
        });
    }

    public KieBase kieBase() { return kieBase; }
    public String version() { return version; }
    public Instant loadedAt() { return loadedAt; }
    public List<String> files() { return files; }
    public List<RuleInfo> rules() { return rules; }
    public AdviceTexts texts() { return texts; }
    public ExperimentCatalog experiments() { return experiments; }

    public Optional<RuleInfo> rule(String name) {
        return Optional.ofNullable(rulesByName.get(name));
    }

    /** The rule's K-points by the document each comes from ({@link KnowledgeMap#bySource}); empty for no such rule. */
    public Map<String, List<String>> sources(String ruleName) {
        return sourcesByRule.getOrDefault(ruleName, Map.of());
    }

    /** Every advice id some rule in this knowledge base can give, in rule order. */
    public List<String> adviceIds() {
        return rules.stream().filter(RuleInfo::isAdviceRule).map(RuleInfo::advice).distinct().toList();
    }

    /** The profile field paths that some rule's conditions read: the answers that can change the advice. */
    /** Whether some rule binds the whole profile, so that a changed profile must be updated whole (see ProfileBindings). */
    public boolean profileBoundWhole() {
        return profileBoundWhole;
    }

    public Set<String> fieldsRead() {
        return Collections.unmodifiableSet(fieldsRead);
    }
}
