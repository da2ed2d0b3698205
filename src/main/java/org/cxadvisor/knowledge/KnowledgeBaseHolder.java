package org.cxadvisor.knowledge;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds the knowledge base currently in service. It is built once at start-up from the rules folder
 * ({@code cxadvisor.rules-dir}, default {@code rules} in the working directory); broken rules stop the start-up
 * with the list of errors ({@link KnowledgeBaseFailureAnalyzer}). {@link #reload()} builds a new generation beside
 * the one in service and swaps it in atomically; a failed reload keeps the old one and records the errors.
 * Readers take {@link #current()} once and use that generation throughout, so in-flight requests finish on it.
 */
@Component
public class KnowledgeBaseHolder {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseHolder.class);

    private final Path rulesDir;
    private final KnowledgeBaseLoader loader;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<KnowledgeBase> current = new AtomicReference<>();
    private volatile ReloadStatus lastReload;
    /** The files the knowledge base in service was built from (guarded by this). */
    private List<RuleFile> currentFiles;

    public KnowledgeBaseHolder(@Value("${cxadvisor.rules-dir:rules}") Path rulesDir) {
        this.rulesDir = rulesDir.toAbsolutePath().normalize();
        this.loader = new KnowledgeBaseLoader(clock);
        List<RuleFile> files = RuleFiles.scan(this.rulesDir);
        KnowledgeBase kb = KnowledgeBaseLoader.inService(loader.load(files));
        currentFiles = files;
        current.set(kb);
        lastReload = ReloadStatus.ok(kb.loadedAt());
        log.info("Knowledge base {} loaded from {}: {} rules in {} files", kb.version(), this.rulesDir,
                kb.rules().size(), kb.files().size());
    }

    public KnowledgeBase current() {
        return current.get();
    }

    public ReloadStatus lastReload() {
        return lastReload;
    }

    public Path rulesDir() {
        return rulesDir;
    }

    /**
     * Reads the rules folder again. Unchanged content (same version) keeps the knowledge base in service; changed
     * content is compiled beside it and swapped in, or, when it has errors, the errors are recorded and logged
     * and the previous knowledge base stays. Never throws for a problem in the rules. Serialised: one at a time.
     */
    public synchronized ReloadStatus reload() {
        KnowledgeBase old = current.get();
        try {
            List<RuleFile> files = RuleFiles.scan(rulesDir);
            String version = RuleFiles.version(files);
            if (version.equals(old.version())) {
                if (lastReload.status() == ReloadStatus.Status.FAILED) {
                    lastReload = ReloadStatus.ok(clock.instant());
                    log.info("Rules in {} are back to knowledge base {}; the errors are gone", rulesDir, version);
                }
                return lastReload;
            }
            long start = System.nanoTime();
            KnowledgeBase kb = loader.withNewTexts(old, files, currentFiles);
            boolean textsOnly = kb != null;
            if (kb == null) {
                kb = loader.load(files);
            }
            KnowledgeBaseLoader.inService(kb);
            current.set(kb);
            currentFiles = files;
            lastReload = ReloadStatus.ok(kb.loadedAt());
            log.info("Knowledge base {} reloaded from {} in {} ms{}: {} rules in {} files (was {})", kb.version(),
                    rulesDir, (System.nanoTime() - start) / 1_000_000, textsOnly ? " (texts only)" : "",
                    kb.rules().size(), kb.files().size(), old.version());
        } catch (KnowledgeBaseException e) {
            lastReload = ReloadStatus.failed(clock.instant(), e.errors());
            log.warn(describeFailure(e.errors(), old.version()));
        } catch (RuntimeException e) {
            // An unreadable file (e.g. deleted while scanning): keep serving, say so, and the next change retries.
            lastReload = ReloadStatus.failed(clock.instant(), List.of(new RuleError("", 0,
                    "The rules folder could not be read: " + e.getMessage())));
            log.warn("Rules in {} could not be read; still serving knowledge base {}: {}", rulesDir, old.version(),
                    e.toString());
        }
        return lastReload;
    }

    /**
     * Compiles the rules folder {@code builds} times and throws the results away. The first builds in a fresh JVM
     * run Drools' compiler in the interpreter and take several times longer than later ones; warming up in the
     * background right after start-up keeps a business user's first edit within the reload target too.
     */
    public void warmUp(int builds) {
        long start = System.nanoTime();
        try {
            for (int i = 0; i < builds; i++) {
                loader.load(RuleFiles.scan(rulesDir));
            }
            log.info("Rule compiler warmed up with {} build(s) in {} ms", builds, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // Only a warm-up: a broken or unreadable folder is reported by the reload that follows a real edit.
            log.debug("Rule compiler warm-up stopped: {}", e.toString());
        }
    }

    /** The readable block a failed reload logs: every error on its own line, as {@code file:line: error: ...}. */
    static String describeFailure(List<RuleError> errors, String keptVersion) {
        return "The changed rules have " + errors.size() + " error(s); still serving knowledge base " + keptVersion
                + ".\n" + errors.stream().map(e -> "    " + e).collect(Collectors.joining("\n"))
                + "\nFix the file(s) and save: the rules are reloaded automatically.";
    }
}
