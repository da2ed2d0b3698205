package org.cxadvisor.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds the knowledge base currently in service. It is built at start-up from the rules folder
 * ({@code cxadvisor.rules-dir}); a generation goes into service only when it compiles and passes every
 * {@link KnowledgeBaseCheck} (the same errors {@code validate} reports). The generation in service is kept on disk
 * ({@link LastGoodStore}, under {@code cxadvisor.data-dir}): when the folder is broken at start-up, the service
 * starts on that last good generation and reports the folder's errors; without one, start-up stops with the errors
 * ({@link KnowledgeBaseFailureAnalyzer}). {@link #reload()} builds a new generation beside the one in service and
 * swaps it in atomically; a failed reload keeps the old one and records the errors. {@link #withdraw} takes a
 * generation whose rule ran away out of service. Readers take {@link #current()} once and use it throughout.
 */
@Component
public class KnowledgeBaseHolder {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseHolder.class);

    private final Path rulesDir;
    private final KnowledgeBaseLoader loader;
    private final List<KnowledgeBaseCheck> checks;
    private final LastGoodStore store;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<KnowledgeBase> current = new AtomicReference<>();
    private volatile ReloadStatus lastReload;
    /** Reloads and withdrawals so far, by outcome: {@code cxadvisor.reloads{status}} ({@link ReloadMetrics}). */
    private final ReloadCounts reloads = new ReloadCounts();
    /** The files of the generation in service, and the generation and files before it (guarded by this). */
    private List<RuleFile> currentFiles;
    private KnowledgeBase previous;
    private List<RuleFile> previousFiles;
    private final List<GenerationListener> listeners = new CopyOnWriteArrayList<>();
    /** Versions taken out of service because a rule ran away: never taken back in from the folder. */
    private final Set<String> withdrawn = new HashSet<>();

    @Autowired
    public KnowledgeBaseHolder(@Value("${cxadvisor.rules-dir:rules}") Path rulesDir,
                               @Value("${cxadvisor.data-dir:data}") Path dataDir, List<KnowledgeBaseCheck> checks) {
        this.rulesDir = rulesDir.toAbsolutePath().normalize();
        this.loader = new KnowledgeBaseLoader(clock);
        this.checks = List.copyOf(checks);
        this.store = dataDir == null ? null : new LastGoodStore(dataDir.toAbsolutePath().normalize());
        try {
            List<RuleFile> files = RuleFiles.scan(this.rulesDir);
            KnowledgeBase kb = EarlyBuild.take(this.rulesDir, files).orElseGet(() -> loader.load(files));
            serve(accepted(kb, files), files);
            lastReload = ReloadStatus.ok(current().loadedAt());
            log.info("Knowledge base {} loaded from {}: {} rules in {} files", current().version(), this.rulesDir,
                    current().rules().size(), current().files().size());
        } catch (KnowledgeBaseException broken) {
            startOnLastGood(broken);
        }
    }

    /** Without a data folder (nothing kept on disk) and with the built-in checks only: for tests. */
    public KnowledgeBaseHolder(Path rulesDir) {
        this(rulesDir, null, List.of());
    }

    private void startOnLastGood(KnowledgeBaseException broken) {
        Optional<List<RuleFile>> saved = Optional.empty();
        try {
            if (store != null) {
                saved = store.load();
            }
        } catch (IOException e) {
            log.warn("The last good knowledge base in {} could not be read: {}", store.file(), e.getMessage());
            saved = Optional.empty();
        }
        if (saved.isEmpty()) {
            throw broken;
        }
        List<RuleFile> files = saved.get();
        serve(accepted(loader.load(files), files), files);
        lastReload = ReloadStatus.failed(clock.instant(), broken.errors());
        log.warn("The rules in {} have {} error(s); started on the last good knowledge base {} (saved in {}).\n{}",
                rulesDir, broken.errors().size(), current().version(), store.file(), RuleError.lines(broken.errors()));
    }

    public KnowledgeBase current() {
        return current.get();
    }

    public ReloadStatus lastReload() {
        return lastReload;
    }

    /** How many reloads (and withdrawals of a runaway generation) ended with this status since start-up. */
    public long reloads(ReloadStatus.Status status) {
        return reloads.of(status);
    }

    /** From now on, {@code listener} hears of every reload that brings a new knowledge base into service. */
    public void addListener(GenerationListener listener) {
        listeners.add(listener);
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
            if (version.equals(old.version()) || withdrawn.contains(version)) {
                if (lastReload.status() == ReloadStatus.Status.FAILED && version.equals(old.version())) {
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
            serve(accepted(kb, files), files);
            lastReload = ReloadStatus.ok(kb.loadedAt());
            log.info("Knowledge base {} reloaded from {} in {} ms{}: {} rules in {} files (was {})", kb.version(),
                    rulesDir, (System.nanoTime() - start) / 1_000_000, textsOnly ? " (texts only)" : "",
                    kb.rules().size(), kb.files().size(), old.version());
        } catch (KnowledgeBaseException e) {
            lastReload = ReloadStatus.failed(clock.instant(), e.errors());
            log.warn(RuleError.describeFailure(e.errors(), old.version()));
        } catch (RuntimeException e) {
            // An unreadable file (e.g. deleted while scanning): keep serving, say so, and the next change retries.
            lastReload = ReloadStatus.failed(clock.instant(), List.of(new RuleError("", 0,
                    "The rules folder could not be read: " + e.getMessage())));
            log.warn("Rules in {} could not be read; still serving knowledge base {}: {}", rulesDir, old.version(),
                    e.toString());
        }
        return reloads.counted(lastReload);
    }

    /**
     * Takes {@code kb} out of service because its rule {@code rule} ran away: the generation before it serves
     * again (if there is one) and the reason, with the rule's file and line, becomes the last reload's error.
     */
    public synchronized void withdraw(KnowledgeBase kb, String rule, String reason) {
        if (current.get() != kb || withdrawn.contains(kb.version())) {
            return;
        }
        Optional<RuleInfo> info = kb.rule(rule);
        boolean back = previous != null;
        RuleError error = new RuleError(info.map(RuleInfo::file).orElse(""), info.map(RuleInfo::line).orElse(0),
                reason + (back ? " Knowledge base " + kb.version() + " was taken out of service; " + previous.version()
                        + " serves again." : " There is no earlier knowledge base to go back to."));
        lastReload = reloads.counted(ReloadStatus.failed(clock.instant(), List.of(error)));
        if (back) {
            withdrawn.add(kb.version());
            KnowledgeBase before = previous;
            List<RuleFile> beforeFiles = previousFiles;
            previous = null;
            previousFiles = null;
            serve(before, beforeFiles);
        }
        log.error("A rule ran away; {}", error);
    }

    /** Compiling the rules folder {@code builds} times in the background warms up Drools' compiler. */
    public void warmUp(int builds) {
        loader.warmUp(rulesDir, builds);
    }

    private KnowledgeBase accepted(KnowledgeBase kb, List<RuleFile> files) {
        List<RuleError> errors = KnowledgeBaseChecks.all(kb, files, checks);
        if (!errors.isEmpty()) {
            throw new KnowledgeBaseException(errors);
        }
        return kb;
    }

    private void serve(KnowledgeBase kb, List<RuleFile> files) {
        KnowledgeBase old = current.getAndSet(kb);
        if (old != null) {
            previous = old;
            previousFiles = currentFiles;
        }
        currentFiles = files;
        if (old != null) {
            listeners.forEach(listener -> listener.served(old, kb));
        }
        if (store == null) {
            return;
        }
        try {
            store.save(files);
        } catch (IOException e) {
            log.warn("Could not keep knowledge base {} in {}: {}", kb.version(), store.file(), e.getMessage());
        }
    }
}
