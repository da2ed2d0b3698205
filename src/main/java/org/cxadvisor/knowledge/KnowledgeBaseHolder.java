package org.cxadvisor.knowledge;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds the knowledge base currently in service. It is built once at start-up from the rules folder
 * ({@code cxadvisor.rules-dir}, default {@code rules} in the working directory); broken rules stop the start-up
 * with the list of errors. Readers take {@link #current()} once and use that generation throughout.
 */
@Component
public class KnowledgeBaseHolder {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseHolder.class);

    private final Path rulesDir;
    private final KnowledgeBaseLoader loader;
    private final AtomicReference<KnowledgeBase> current = new AtomicReference<>();
    private volatile ReloadStatus lastReload;

    public KnowledgeBaseHolder(@Value("${cxadvisor.rules-dir:rules}") Path rulesDir) {
        this.rulesDir = rulesDir.toAbsolutePath().normalize();
        this.loader = new KnowledgeBaseLoader(Clock.systemUTC());
        KnowledgeBase kb = loader.load(this.rulesDir);
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
}
