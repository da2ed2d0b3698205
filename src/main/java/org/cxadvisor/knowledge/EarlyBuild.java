package org.cxadvisor.knowledge;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts compiling the rules folder as soon as the server's settings are known, on a thread of its own, so that
 * the compile (the larger part of start-up, issue 15) runs while Spring builds the rest of the application.
 * {@link KnowledgeBaseHolder} takes the result when it gets there, provided it was built from the very files the
 * holder reads itself (same folder, same version); otherwise it compiles as it always did, so a folder edited
 * during start-up is never served from an older read. Registered by the server's main method only.
 */
public final class EarlyBuild implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private record Pending(Path rulesDir, CompletableFuture<Built> build) {
    }

    /** What the early build read (by its version) and compiled; null when the folder could not be read then. */
    private record Built(String version, KnowledgeBase knowledgeBase) {
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Path rulesDir = Path.of(event.getEnvironment().getProperty("cxadvisor.rules-dir", "rules"))
                .toAbsolutePath().normalize();
        // The folder is read on the build's thread too: reading the decision tables (Apache POI) took a second and
        // a half of the main thread's start; the holder's own reading of the same files later finds them read.
        CompletableFuture<Built> build = new CompletableFuture<>();
        Thread compiler = new Thread(() -> {
            List<RuleFile> files;
            try {
                files = RuleFiles.scan(rulesDir);
            } catch (RuntimeException unreadable) {
                build.complete(null);   // the holder reads the folder again and says what is wrong with it
                return;
            }
            try {
                build.complete(new Built(RuleFiles.version(files), new KnowledgeBaseLoader(Clock.systemUTC()).load(files)));
            } catch (RuntimeException | Error e) {
                build.completeExceptionally(e);
            }
        }, "rules-early-build");
        compiler.setDaemon(true);
        compiler.start();
        PENDING.set(new Pending(rulesDir, build));
    }

    /**
     * The early build of exactly these files, waiting for it if need be; empty when there is none (tests, the command
     * line) or it was of other files. Taken once. Rules that do not compile fail as a compile by the holder would.
     */
    static Optional<KnowledgeBase> take(Path rulesDir, List<RuleFile> files) {
        Pending pending = PENDING.getAndSet(null);
        if (pending == null || !pending.rulesDir().equals(rulesDir)) {
            return Optional.empty();
        }
        try {
            Built built = pending.build().join();
            return built != null && built.version().equals(RuleFiles.version(files))
                    ? Optional.of(built.knowledgeBase()) : Optional.empty();
        } catch (CompletionException e) {
            if (e.getCause() instanceof KnowledgeBaseException broken) {
                throw broken;
            }
            return Optional.empty();
        }
    }
}
