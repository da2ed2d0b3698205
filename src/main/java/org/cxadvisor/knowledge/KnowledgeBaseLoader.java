package org.cxadvisor.knowledge;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cxadvisor.experiment.ExperimentCatalog;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles the rules folder into a {@link KnowledgeBase}: DRL, DSL and DSLR files through Drools' KieBuilder,
 * texts through {@link AdviceTexts}, experiment plans through {@link ExperimentCatalog}. Reads from disk only, never from the classpath, so business users can
 * change rules without a Java build. Every problem found is reported with its file and line; an error in a
 * rule's {@code then} part is reported at its own line, not at the rule's first line (see {@link ConsequenceErrors}).
 * A {@code then} part that calls anything outside the project's vocabulary is refused before it is compiled
 * ({@link ConsequenceCheck}).
 */
public final class KnowledgeBaseLoader {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseLoader.class);

    private static final String RESOURCES = "src/main/resources/";
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    /** Shared by all builds, so that what one build found missing the next need not look for (see its comment). */
    private static final ClassLoader CLASSES = new KnownClasses(KnowledgeBaseLoader.class.getClassLoader());

    private final Clock clock;

    public KnowledgeBaseLoader(Clock clock) {
        this.clock = clock;
    }

    public KnowledgeBase load(Path rulesDir) {
        return load(RuleFiles.scan(rulesDir));
    }

    /** Compiles files already read from a rules folder (so that a caller can look at their version first). */
    public KnowledgeBase load(List<RuleFile> files) {
        List<RuleError> errors = new ArrayList<>();
        files.stream().filter(RuleFile::isTable).forEach(f -> errors.addAll(f.table().errors()));
        AdviceTexts texts = AdviceTexts.read(files, errors);
        ExperimentCatalog experiments = experiments(files, errors);
        List<RuleError> refused = ConsequenceCheck.errors(files);
        errors.addAll(refused);
        KieBase kieBase = refused.isEmpty() ? compile(files, errors) : null;
        if (!errors.isEmpty()) {
            throw new KnowledgeBaseException(errors);
        }
        return new KnowledgeBase(kieBase, RuleFiles.version(files), clock.instant(),
                files.stream().map(RuleFile::path).toList(), RuleCatalog.read(files), texts, experiments);
    }

    /**
     * Every advice and strength a rule can give needs its words in English and Dutch: without them a report would
     * show a bare id. The service does not take such rules into use ({@link KnowledgeBaseHolder};
     * the rule file and the texts file are often saved one after the other, and the reload after the second save
     * succeeds); {@code validate} reports them as errors. Compiling alone (rule-writing tools such as rules-doc) does not insist; see {@link #inService}.
     */
    public static List<RuleError> missingTexts(List<RuleInfo> rules, AdviceTexts texts) {
        List<RuleError> errors = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (RuleInfo rule : rules) {
            String id = rule.isAdviceRule() ? rule.advice() : rule.strength();
            for (String language : List.of("en", "nl")) {
                String name = language.equals("en") ? "English (en)" : "Dutch (nl)";
                boolean missing = rule.isAdviceRule() ? texts.text(id, language).isEmpty()
                        : texts.strength(id, language).isEmpty();
                if (id != null && !seen.contains(id + language) && missing) {
                    errors.add(new RuleError(rule.file(), rule.line(), (rule.isAdviceRule() ? "advice '" : "strength '")
                            + id + "' has no " + name + " text: add it under '" + id + ":' in a .texts.yaml file."));
                }
                seen.add(id + language);
            }
        }
        return errors;
    }

    /**
     * A knowledge base goes into service (the server's, and the command line's advice and rule tests) only when it
     * passes the service's own checks ({@link KnowledgeBaseChecks#builtIn}: it gives advice, and every advice has its
     * English and Dutch texts); returns it, or throws with what is missing.
     */
    public static KnowledgeBase inService(KnowledgeBase kb) {
        List<RuleError> missing = KnowledgeBaseChecks.builtIn(kb);
        if (!missing.isEmpty()) {
            throw new KnowledgeBaseException(missing);
        }
        return kb;
    }

    /**
     * A new generation for files whose rules (DRL, DSL, DSLR) are those of {@code previous} and only texts changed:
     * the compiled rules and the catalog are reused, which makes editing an advice text take effect at once.
     * Returns null if the rules did change.
     */
    public KnowledgeBase withNewTexts(KnowledgeBase previous, List<RuleFile> files, List<RuleFile> previousFiles) {
        if (previousFiles == null || !RuleFiles.version(rulesOnly(files)).equals(RuleFiles.version(rulesOnly(previousFiles)))) {
            return null;
        }
        List<RuleError> errors = new ArrayList<>();
        AdviceTexts texts = AdviceTexts.read(files, errors);
        ExperimentCatalog experiments = experiments(files, errors);
        if (!errors.isEmpty()) {
            throw new KnowledgeBaseException(errors);
        }
        return new KnowledgeBase(previous.kieBase(), RuleFiles.version(files), clock.instant(),
                files.stream().map(RuleFile::path).toList(), previous.rules(), texts, experiments);
    }

    private static ExperimentCatalog experiments(List<RuleFile> files, List<RuleError> errors) {
        return ExperimentCatalog.read(files.stream().filter(RuleFile::isPlans)
                        .map(f -> new ExperimentCatalog.Source(f.path(), f.content())).toList(),
                (file, line, message) -> errors.add(new RuleError(file, line, message)));
    }

    private static List<RuleFile> rulesOnly(List<RuleFile> files) {
        return files.stream().filter(RuleFile::isRules).toList();
    }

    private static KieBase compile(List<RuleFile> files, List<RuleError> errors) {
        KieServices kie = KieServices.get();
        // A fresh release id per build, removed from the shared repository afterwards, so that repeated
        // reloads never pile up modules in KieServices' global repository.
        ReleaseId releaseId = kie.newReleaseId("org.cxadvisor.rules", "kb-" + System.nanoTime(), "1.0.0");
        KieFileSystem kfs = kie.newKieFileSystem().generateAndWritePomXML(releaseId);
        files.stream().filter(RuleFile::isRules).forEach(f -> kfs.write(RESOURCES + f.compiledPath(), f.content()));
        KieBuilder builder = kie.newKieBuilder(kfs, CLASSES).buildAll();
        try {
            List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
            List<RuleError> found = new ArrayList<>();
            for (Message message : messages) {
                found.add(new RuleError(sourcePath(relative(message.getPath()), files), message.getLine(),
                        RuleErrorText.tidy(message.getText())));
            }
            // Drools adds "Parser returned a null Package" after the syntax errors that made it so: a follow-on.
            List<RuleError> real = found.stream().filter(e -> !e.message().contains(NULL_PACKAGE)).toList();
            found.removeIf(e -> e.message().contains(NULL_PACKAGE)
                    && real.stream().anyMatch(r -> r.file().equals(e.file())));
            errors.addAll(RuleErrorText.withoutFollowOnErrors(inTables(MissingEnd.explain(UnplacedErrors.place(
                    ConsequenceErrors.placeAtTheirLines(found, files), files), files), files)));
            if (!messages.isEmpty()) {
                return null;
            }
            LazyPropagation.mark(builder);
            return kie.newKieContainer(releaseId, CLASSES).getKieBase();
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    /** The rules folder's name for a compiled file: a decision table's generated DRL is the table. */
    private static String sourcePath(String compiled, List<RuleFile> files) {
        return files.stream().filter(f -> f.compiledPath().equals(compiled)).map(RuleFile::path).findFirst().orElse(compiled);
    }

    /** Errors in a decision table's generated DRL, placed at the table's sheet, row and cell. */
    private static List<RuleError> inTables(List<RuleError> errors, List<RuleFile> files) {
        return errors.stream().map(e -> files.stream().filter(f -> f.isTable() && f.path().equals(e.file()))
                .findFirst().map(f -> f.table().place(e)).orElse(e)).toList();
    }

    private static String relative(String path) {
        if (path == null) {
            return "";
        }
        return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
    }

    /** Compiles the folder {@code builds} times, results thrown away: warms up Drools' compiler for the next reload. */
    void warmUp(Path dir, int builds) {
        long start = System.nanoTime();
        try {
            for (int i = 0; i < builds; i++) {
                load(RuleFiles.scan(dir));
            }
            log.info("Rule compiler warmed up with {} build(s) in {} ms", builds, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // Only a warm-up: a broken or unreadable folder is reported by the reload that follows a real edit.
            log.debug("Rule compiler warm-up stopped: {}", e.toString());
        }
    }
}
