package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules folders as Kubernetes and git-sync lay them out. A ConfigMap volume holds each version in a hidden
 * {@code ..<timestamp>} folder beside the links to the current one; git-sync points a link at the worktree of the
 * newest commit and swaps it. In the second case no file event reaches the watcher (the folder it registered is
 * unchanged), so only its periodic look at the folder's hash finds the new version.
 */
class RulesWatcherPollTest {

    @TempDir
    Path dir;

    private RulesWatcher watcher;

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.stop();
        }
    }

    @Test
    void aConfigMapVolumeServesTheLinkedFilesAndNotTheHiddenVersionFolders() throws IOException {
        writeVersion(dir.resolve("..2026_12_01_10_00_00.1"), "LOW");
        link(dir.resolve("..data"), "..2026_12_01_10_00_00.1");
        link(dir.resolve("topic.drl"), "..data/topic.drl");
        link(dir.resolve("topic.texts.yaml"), "..data/topic.texts.yaml");

        assertThat(new KnowledgeBaseHolder(dir).current().files()).containsExactly("topic.drl", "topic.texts.yaml");
    }

    @Test
    void aSwappedGitSyncLinkIsServedAfterTheNextLook() throws Exception {
        writeVersion(dir.resolve("worktrees/a1"), "LOW");
        writeVersion(dir.resolve("worktrees/b2"), "HIGH");
        Path rules = dir.resolve("current");
        link(rules, "worktrees/a1");
        KnowledgeBaseHolder holder = new KnowledgeBaseHolder(rules);
        String before = holder.current().version();
        watcher = new RulesWatcher(holder, 50, 0, 200);
        watcher.start();

        Path next = dir.resolve("current.tmp");
        link(next, "worktrees/b2");
        Files.move(next, rules, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (holder.current().version().equals(before) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(holder.current().version()).isNotEqualTo(before).isEqualTo(RuleFiles.version(RuleFiles.scan(rules)));
        assertThat(RuleFiles.scan(rules).get(0).content()).contains("Priority.HIGH");
    }

    private static void writeVersion(Path folder, String priority) {
        RulesFolder.in(folder)
                .file("topic.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one", "CompanyProfile( )", priority))
                .file("topic.texts.yaml", RulesFolder.texts("one"));
    }

    private static void link(Path link, String target) throws IOException {
        Files.createSymbolicLink(link, Path.of(target));
    }
}
