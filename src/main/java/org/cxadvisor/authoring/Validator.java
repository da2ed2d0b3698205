package org.cxadvisor.authoring;

import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.knowledge.AdviceText;
import org.cxadvisor.knowledge.AdviceTexts;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseException;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.knowledge.KnowledgeMap;
import org.cxadvisor.knowledge.RuleCatalog;
import org.cxadvisor.knowledge.RuleError;
import org.cxadvisor.knowledge.RuleFile;
import org.cxadvisor.knowledge.RuleFiles;
import org.cxadvisor.knowledge.RuleInfo;
import org.cxadvisor.profile.ProfileField;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.verifier.Verifier;
import org.drools.verifier.VerifierConfiguration;
import org.drools.verifier.VerifierConfigurationImpl;
import org.drools.verifier.builder.VerifierBuilderFactory;
import org.drools.verifier.data.VerifierComponent;
import org.drools.verifier.report.components.Cause;
import org.drools.verifier.report.components.Severity;
import org.drools.verifier.report.components.VerifierMessageBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;

/**
 * Checks a rules folder the way {@code validate} reports it: it compiles, the Drools verifier finds no
 * contradictory or always-false conditions, and every rule keeps the knowledge base's conventions (metadata,
 * one rule per advice id, texts in English and Dutch, unique names, no unguarded self-triggering). Also works out
 * the K-point coverage and the profile fields no rule reads. Runs without Spring.
 */
public final class Validator {

    /** Conclusion types the contract fixes; rules may add more with {@code @concludes}. */
    static final List<String> CONTRACT_CONCLUSIONS = List.of("EXPERIENCE_QUADRANT", "VALUE_FOCUS", "STRATEGY_TRACK",
            "RELATIONSHIP_GAP");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_.]+)}");

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
                ? CompletableFuture.supplyAsync(Validator::newVerifier)
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
        AdviceTexts texts = AdviceTexts.read(files, new ArrayList<RuleError>());

        // 2. Conventions per rule, advice ids, names, texts.
        conventions(rules, findings);
        adviceIdsAndNames(rules, findings);
        texts(rules, texts, files, findings);

        // 3. Rules that may keep firing, and the Drools verifier, on the parsed (expanded) files.
        List<String> expandedOk = new ArrayList<>();
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
                        expandedOk.add(file.path());
                    }
                } catch (Exception e) {
                    // the compile step reports it with its line
                }
            }
        }
        if (verifier != null) {
            if (kb.isPresent()) {
                verify(verifier.join(), expanded, rules, findings);
            } else {
                verifier.thenAccept(Verifier::dispose);
            }
        }

        // 4. Coverage and unused fields.
        Map<String, List<RuleInfo>> coverage = new LinkedHashMap<>();
        KnowledgeMap.kpoints().forEach(k -> coverage.put(k, new ArrayList<>()));
        rules.forEach(r -> r.kpoints().stream().filter(coverage::containsKey).forEach(k -> coverage.get(k).add(r)));
        List<String> uncovered = KnowledgeMap.actionableKpoints().stream().filter(k -> coverage.get(k).isEmpty()).toList();
        Set<String> read = new TreeSet<>();
        rules.forEach(r -> read.addAll(r.fields()));
        List<String> unused = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            if (field != ProfileField.NAME && !read.contains(field.path())) {
                unused.add(field.path());
            }
        }
        List<Finding> distinct = new ArrayList<>(new LinkedHashSet<>(findings));
        distinct.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line));
        return new Report(List.copyOf(distinct), rules, files, coverage, uncovered, List.copyOf(unused), kb);
    }

    private static void conventions(List<RuleInfo> rules, List<Finding> findings) {
        for (RuleInfo r : rules) {
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

    private static void texts(List<RuleInfo> rules, AdviceTexts texts, List<RuleFile> files, List<Finding> findings) {
        Set<String> given = new LinkedHashSet<>();
        Set<String> conclusionTypes = new TreeSet<>(CONTRACT_CONCLUSIONS);
        rules.stream().filter(r -> r.conclusion() != null).forEach(r -> conclusionTypes.add(r.conclusion()));
        for (RuleInfo r : rules) {
            if (r.advice() == null || !given.add(r.advice())) {
                continue;
            }
            for (String language : List.of("en", "nl")) {
                if (texts.text(r.advice(), language).isEmpty()) {
                    findings.add(Finding.error(r.file(), r.line(), "advice '" + r.advice() + "' has no "
                            + (language.equals("en") ? "English (en)" : "Dutch (nl)") + " text: add it under '"
                            + r.advice() + ":' in a .texts.yaml file."));
                }
            }
        }
        for (String id : texts.adviceIds()) {
            String file = texts.fileOf(id);
            int line = lineOf(files, file, id + ":");
            if (!given.contains(id)) {
                findings.add(Finding.warning(file, line, "texts for advice '" + id + "', but no rule gives that advice"
                        + " (a typo in the id, or a rule that was removed?)."));
            }
            for (String language : texts.languages(id)) {
                AdviceText text = texts.text(id, language).orElseThrow();
                Matcher m = PLACEHOLDER.matcher(text.rationale());
                while (m.find()) {
                    String name = m.group(1);
                    if (ProfileField.byPath(name).isEmpty() && !name.equals(ProfileField.CUSTOMER_VALUE)
                            && !conclusionTypes.contains(name)) {
                        findings.add(Finding.warning(file, line, "advice '" + id + "' (" + language + "): {" + name
                                + "} in the rationale is neither a profile field nor a conclusion type; it would be"
                                + " shown as it is."));
                    }
                }
            }
        }
    }

    /**
     * The verifier with only the analyses validate reports (contradictions and conditions that are always false)
     * and what they build on: a fraction of the default rule base, so it starts in about a second instead of ten.
     */
    private static Verifier newVerifier() {
        VerifierConfiguration conf = new VerifierConfigurationImpl();
        for (String drl : VERIFIER_RULES) {
            conf.getVerifyingResources().put(ResourceFactory.newClassPathResource("org/drools/verifier/" + drl,
                    Verifier.class), ResourceType.DRL);
        }
        return VerifierBuilderFactory.newVerifierBuilder().newVerifier(conf);
    }

    private static final List<String> VERIFIER_RULES = List.of("bootstrap-essentials.drl", "incoherence/Patterns.drl",
            "incoherence/Restrictions.drl", "incompatibility/Patterns.drl", "incompatibility/Restrictions.drl",
            "alwaysFalse/Patterns.drl", "alwaysFalse/Rules.drl");

    private static void verify(Verifier verifier, Map<String, String> expanded, List<RuleInfo> rules,
                               List<Finding> findings) {
        try {
            expanded.forEach((path, drl) -> {
                Resource resource = ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8));
                resource.setSourcePath(path);
                verifier.addResourcesToVerify(resource, ResourceType.DRL);
            });
            if (verifier.hasErrors()) {
                return; // the verifier could not read the rules; compilation reports the problems
            }
            verifier.fireAnalysis();
            Set<String> seen = new LinkedHashSet<>();
            // One finding per rule: a contradiction explains most, then a pattern that is always false, then the rule.
            List<VerifierMessageBase> messages = new ArrayList<>(verifier.getResult().getBySeverity(Severity.ERROR));
            messages.sort(Comparator.comparingInt(m -> String.valueOf(m.getMessageType()).equals("INCOHERENCE") ? 0
                    : m.getFaulty() instanceof org.drools.verifier.components.Pattern ? 1 : 2));
            for (VerifierMessageBase message : messages) {
                String ruleName = ruleOf(message);
                RuleInfo rule = rules.stream().filter(r -> r.name().equals(ruleName)).findFirst().orElse(null);
                if (rule == null) {
                    continue;
                }
                int line = lineOf(message.getFaulty(), rule.line());
                String type = String.valueOf(message.getMessageType());
                String text = type.equals("ALWAYS_FALSE") ? "a condition of rule \"" + rule.name()
                        + "\" can never be true, so the rule never fires (verifier: " + message.getMessage() + ")"
                        : type.equals("INCOHERENCE") ? "rule \"" + rule.name() + "\" asks for things that contradict"
                        + " each other (verifier: " + message.getMessage().replace("'are", "' are") + ")"
                        : "rule \"" + rule.name() + "\": " + message.getMessage();
                if (seen.add(rule.name())) {
                    findings.add(Finding.error(rule.file(), line, text));
                }
            }
        } finally {
            verifier.dispose();
        }
    }

    private static String ruleOf(VerifierMessageBase message) {
        if (message.getFaulty() instanceof org.drools.verifier.components.RuleComponent<?> component) {
            return component.getRuleName();
        }
        return message.getImpactedRules().values().stream().findFirst().orElse("");
    }

    private static int lineOf(Cause faulty, int fallback) {
        if (faulty instanceof VerifierComponent<?> component) {
            BaseDescr descr = component.getDescr();
            if (descr != null && descr.getLine() > 0) {
                return descr.getLine();
            }
        }
        return fallback;
    }

    private static int lineOf(List<RuleFile> files, String path, String startOfLine) {
        for (RuleFile file : files) {
            if (file.path().equals(path)) {
                String[] lines = file.content().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].startsWith(startOfLine)) {
                        return i + 1;
                    }
                }
            }
        }
        return 1;
    }

    private static String documents() {
        return String.join(", ", KnowledgeMap.DOCUMENTS.stream().map(KnowledgeMap.Document::shortName).toList());
    }
}
