package org.cxadvisor.authoring;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.cxadvisor.knowledge.AdviceTexts;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseChecks;
import org.cxadvisor.knowledge.KnowledgeBaseException;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.knowledge.KnowledgeMap;
import org.cxadvisor.knowledge.RuleCatalog;
import org.cxadvisor.knowledge.RuleError;
import org.cxadvisor.knowledge.RuleFile;
import org.cxadvisor.knowledge.RuleFiles;
import org.cxadvisor.knowledge.RuleInfo;
import org.cxadvisor.profile.ProfileField;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.verifier.Verifier;

/**
 * Checks a rules folder the way {@code validate} reports it: it compiles, the Drools verifier finds no
 * contradictory or always-false conditions ({@link DroolsVerifier}), and every rule keeps the knowledge base's
 * conventions ({@link RuleConventions}, {@link TextChecks}, no unguarded self-triggering by {@link LoopCheck}).
 * Also works out the K-point coverage and the profile fields no rule reads. Runs without Spring.
 */
public final class Validator {

    /** What {@code validate} found. {@code knowledgeBase} is empty when the rules do not compile. */
    public record Report(List<Finding> findings, List<RuleInfo> rules, List<RuleFile> files,
                         Map<String, List<RuleInfo>> coverage, List<String> uncoveredKpoints,
                         List<String> unusedFields, Optional<KnowledgeBase> knowledgeBase) {

        public long errors() {
            return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        }

        public long warnings() {
            return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
        }
    }

    /** Created before the verifier's thread starts, so that logging is initialised once, on this thread. */
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Validator.class);

    private Validator() {
    }

    public static Report validate(Path rulesDir, boolean runVerifier) {
        List<Finding> findings = new ArrayList<>();
        log.debug("Validating {}", rulesDir);
        List<RuleFile> files;
        try {
            files = RuleFiles.scan(rulesDir);
        } catch (KnowledgeBaseException e) {
            e.errors().forEach(err -> findings.add(Finding.error(err.file(), err.line(), err.message())));
            return new Report(findings, List.of(), List.of(), Map.of(), KnowledgeMap.actionableKpoints(), List.of(),
                    Optional.empty());
        }
        // The verifier compiles its own large rule base first: start that now, beside our own compilation.
        CompletableFuture<Verifier> verifier = runVerifier
                ? CompletableFuture.supplyAsync(DroolsVerifier::newVerifier)
                : null;
        if (files.stream().noneMatch(f -> f.isDrl() || f.isDslr())) {
            findings.add(Finding.error(".", 0, "No rule files (.drl or .dslr) in this folder."));
        }

        // 1. Compiles (including the texts files).
        Optional<KnowledgeBase> kb = Optional.empty();
        try {
            kb = Optional.of(new KnowledgeBaseLoader(Clock.systemUTC()).load(files));
        } catch (KnowledgeBaseException e) {
            e.errors().forEach(err -> findings.add(Finding.error(err.file(), err.line(), err.message())));
        }
        List<RuleInfo> rules = kb.map(KnowledgeBase::rules).orElseGet(() -> RuleCatalog.read(files));
        List<RuleError> textErrors = new ArrayList<>();
        AdviceTexts texts = AdviceTexts.read(files, textErrors);

        // 2. Conventions per rule, advice ids, names, texts; at least one advice rule.
        (files.stream().anyMatch(f -> f.isDrl() || f.isDslr()) ? KnowledgeBaseChecks.noAdvice(rules) : List.<RuleError>of()).forEach(err -> findings.add(Finding.error(err.file(), err.line(), err.message())));
        RuleConventions.check(rules, findings);
        TextChecks.check(rules, texts, textErrors.isEmpty(), files, findings);

        // 3. Rules that may keep firing, and the Drools verifier, on the parsed (expanded) files.
        Map<String, String> expanded = expandAndCheckLoops(files, findings);
        if (verifier != null) {
            if (kb.isPresent()) {
                DroolsVerifier.verify(verifier.join(), expanded, rules, findings);
            } else {
                verifier.thenAccept(Verifier::dispose);
            }
        }

        // 4. Coverage and unused fields.
        Map<String, List<RuleInfo>> coverage = KpointCoverage.of(rules);
        List<String> uncovered = KpointCoverage.uncovered(coverage);
        List<Finding> distinct = new ArrayList<>(new LinkedHashSet<>(findings));
        distinct.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line));
        return new Report(List.copyOf(distinct), rules, files, coverage, uncovered, unusedFields(rules), kb);
    }

    /** The expanded DRL of each rule file that parses, by path; warns about rules that may keep firing. */
    private static Map<String, String> expandAndCheckLoops(List<RuleFile> files, List<Finding> findings) {
        Map<String, String> expanded = new LinkedHashMap<>();
        for (RuleFile file : files) {
            if (file.isDrl() || file.isDslr()) {
                try {
                    String drl = RuleCatalog.expandedDrl(file, files);
                    DrlParser parser = new DrlParser();
                    PackageDescr pkg = parser.parse(false, drl);
                    if (!parser.hasErrors() && pkg != null) {
                        LoopCheck.check(pkg).forEach(w -> findings.add(Finding.warning(file.path(), w.getKey(), w.getValue())));
                        expanded.put(file.path(), drl);
                    }
                } catch (Exception e) {
                    // the compile step reports it with its line
                }
            }
        }
        return expanded;
    }

    private static List<String> unusedFields(List<RuleInfo> rules) {
        Set<String> read = new TreeSet<>();
        rules.forEach(r -> read.addAll(r.fields()));
        List<String> unused = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            if (field != ProfileField.NAME && !read.contains(field.path())) {
                unused.add(field.path());
            }
        }
        return List.copyOf(unused);
    }
}
