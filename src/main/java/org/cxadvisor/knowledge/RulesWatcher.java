package org.cxadvisor.knowledge;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Live reload: watches the rules folder and its subfolders, and when knowledge files are added, changed or
 * removed, asks the {@link KnowledgeBaseHolder} to reload once the folder has been quiet for the debounce time
 * ({@code cxadvisor.reload.debounce-ms}, default 300), so that an editor's save (often several writes, a temp file
 * and a rename) causes one rebuild. Editors' temp and backup files never trigger one ({@link RuleFiles#isKnowledgeFile}),
 * and a trigger whose files hash to the version in service is a no-op. Switched off with
 * {@code cxadvisor.reload.enabled=false}. Starts and stops with the application context.
 * <p>
 * File events are not enough everywhere: a network file system shared by several instances tells only the instance
 * that wrote, and a Kubernetes ConfigMap or git-sync volume swaps a link to a new folder, whose files this watcher
 * never registered. So when no event has come for {@code cxadvisor.reload.poll-ms} (default 2000; 0 switches it off)
 * the watcher also hashes the folder, and reloads when the hash differs from the one it saw last.
 */
@Component
@ConditionalOnProperty(name = "cxadvisor.reload.enabled", havingValue = "true", matchIfMissing = true)
public class RulesWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

    private final KnowledgeBaseHolder holder;
    private final Path rulesDir;
    private final Duration debounce;
    private final int warmUpBuilds;
    private final Duration pollInterval;
    /** The folder's version as this watcher last saw it, so that a broken folder is not rebuilt on every poll. */
    private String lastSeen;
    private volatile WatchService watchService;
    private volatile Thread thread;

    public RulesWatcher(KnowledgeBaseHolder holder, @Value("${cxadvisor.reload.debounce-ms:300}") long debounceMs,
                        @Value("${cxadvisor.reload.warm-up-builds:6}") int warmUpBuilds,
                        @Value("${cxadvisor.reload.poll-ms:2000}") long pollMs) {
        this.holder = holder;
        this.rulesDir = holder.rulesDir();
        this.debounce = Duration.ofMillis(debounceMs);
        this.warmUpBuilds = warmUpBuilds;
        this.pollInterval = Duration.ofMillis(pollMs);
        this.lastSeen = holder.current().version();
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(rulesDir);
        } catch (IOException e) {
            log.warn("Live reload is off: the rules folder {} cannot be watched ({})", rulesDir, e.toString());
            return;
        }
        thread = new Thread(this::watch, "rules-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for rule changes (live reload)", rulesDir);
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running == null) {
            return;
        }
        try {
            watchService.close();
        } catch (IOException ignored) {
            // closing is best effort; the thread ends on the interrupt below anyway
        }
        running.interrupt();
        try {
            running.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Stopped watching {}", rulesDir);
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void watch() {
        // Changes made during the warm-up wait in the watch service, registered before this thread started.
        holder.warmUp(warmUpBuilds);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = pollInterval.isZero() ? watchService.take()
                        : watchService.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    if (folderChanged()) {
                        holder.reload();
                    }
                    continue;
                }
                boolean relevant = handle(key);
                // Debounce: wait until the folder has been quiet for the debounce time, then reload once.
                while (true) {
                    WatchKey next = watchService.poll(debounce.toMillis(), TimeUnit.MILLISECONDS);
                    if (next == null) {
                        break;
                    }
                    relevant |= handle(next);
                }
                if (relevant) {
                    holder.reload();
                    folderChanged();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // stopping
        } catch (RuntimeException e) {
            log.error("Live reload stopped after an unexpected error; restart the service to resume it", e);
        }
    }

    /** True if the folder's content hashes differently from the last look (and remembers this look). */
    private boolean folderChanged() {
        try {
            String version = RuleFiles.version(RuleFiles.scan(rulesDir));
            boolean changed = !version.equals(lastSeen);
            lastSeen = version;
            return changed;
        } catch (RuntimeException e) {
            // A folder being rewritten or gone for a moment: the next look, or the next event, tells.
            return false;
        }
    }

    /** Takes a key's events; true if any concerns the knowledge base. Registers new subfolders. */
    private boolean handle(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                relevant = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            String relative = rulesDir.relativize(path).toString().replace('\\', '/');
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    log.warn("Cannot watch new folder {}: {}", path, e.toString());
                }
                relevant = true;
            } else if (RuleFiles.isKnowledgeFile(relative)
                    || (event.kind() == ENTRY_DELETE && !path.getFileName().toString().contains("."))) {
                relevant = true; // a knowledge file, or possibly a removed subfolder
            }
        }
        if (!key.reset()) {
            relevant = true; // the folder itself went away
        }
        return relevant;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                d.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }
}
