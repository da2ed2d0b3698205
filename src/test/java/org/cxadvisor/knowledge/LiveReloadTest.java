package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cxadvisor.support.Await;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The holder's reload and the folder watcher, on a small rules folder in a temp directory. */
class LiveReloadTest {

    /**
     * Generous on purpose: this checks that the watcher reloads at all, not how fast (a reload takes about a second on
     * a quiet machine, and the printed times say it); a loaded CI machine must not make it fail.
     */
    private static final Duration RELOAD_LIMIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private RulesWatcher watcher;

    @AfterEach
    void stopWatcher() {
        if (watcher != null) {
            watcher.stop();
            assertThat(watcher.isRunning()).isFalse();
        }
    }

    private RulesFolder folderWithOneRule() {
        return RulesFolder.in(dir)
                .file("topic.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one", "CompanyProfile( )", "LOW"))
                .file("topic.texts.yaml", RulesFolder.texts("one"));
    }

    @Test
    void aFailedReloadKeepsThePreviousKnowledgeBaseAndRecordsTheErrorsWithFileAndLine() {
        folderWithOneRule();
        KnowledgeBaseHolder holder = new KnowledgeBaseHolder(dir);
        KnowledgeBase before = holder.current();

        RulesFolder.in(dir).file("topic.drl", RulesFolder.HEADER
                + RulesFolder.adviceRule("One", "one", "CompanyProfile( )", "HIHG"));
        ReloadStatus status = holder.reload();

        assertThat(status.status()).isEqualTo(ReloadStatus.Status.FAILED);
        assertThat(status.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("topic.drl");
            assertThat(e.line()).isEqualTo(12);
            assertThat(e.message()).contains("HIHG");
        });
        assertThat(holder.current()).isSameAs(before);
        assertThat(holder.lastReload()).isEqualTo(status);

        // Fixing the file brings the rules back; the same content as before is no rebuild.
        folderWithOneRule();
        assertThat(holder.reload().status()).isEqualTo(ReloadStatus.Status.OK);
        assertThat(holder.current()).isSameAs(before);
    }

    @Test
    void aGoodChangeIsSwappedInWithANewVersion() {
        folderWithOneRule();
        KnowledgeBaseHolder holder = new KnowledgeBaseHolder(dir);
        String before = holder.current().version();
        RulesFolder.in(dir).file("more.drl", RulesFolder.HEADER + RulesFolder.adviceRule("Two", "two", "CompanyProfile( )", "HIGH"))
                .file("more.texts.yaml", RulesFolder.texts("two"));
        assertThat(holder.reload().status()).isEqualTo(ReloadStatus.Status.OK);
        assertThat(holder.current().version()).isNotEqualTo(before);
        assertThat(holder.current().adviceIds()).containsExactly("two", "one");
    }

    @Test
    void aNewAdviceRuleGoesIntoServiceOnlyWithItsTexts() {
        folderWithOneRule();
        KnowledgeBaseHolder holder = new KnowledgeBaseHolder(dir);
        RulesFolder.in(dir).file("more.drl", RulesFolder.HEADER + RulesFolder.adviceRule("Two", "two", "CompanyProfile( )", "HIGH"));
        ReloadStatus status = holder.reload();
        assertThat(status.status()).isEqualTo(ReloadStatus.Status.FAILED);
        assertThat(status.errors()).extracting(RuleError::toString).containsExactly(
                "more.drl:7: error: advice 'two' has no English (en) text: add it under 'two:' in a .texts.yaml file.",
                "more.drl:7: error: advice 'two' has no Dutch (nl) text: add it under 'two:' in a .texts.yaml file.");
        assertThat(holder.current().adviceIds()).containsExactly("one");
        RulesFolder.in(dir).file("more.texts.yaml", RulesFolder.texts("two"));
        assertThat(holder.reload().status()).isEqualTo(ReloadStatus.Status.OK);
        assertThat(holder.current().adviceIds()).contains("two");
    }

    @Test
    void aTextsOnlyChangeReusesTheCompiledRulesAndABrokenTextsFileFails() {
        folderWithOneRule();
        KnowledgeBaseHolder holder = new KnowledgeBaseHolder(dir);
        KnowledgeBase before = holder.current();
        RulesFolder.in(dir).file("topic.texts.yaml", RulesFolder.texts("one").replace("title: T one", "title: New title"));
        assertThat(holder.reload().status()).isEqualTo(ReloadStatus.Status.OK);
        assertThat(holder.current().version()).isNotEqualTo(before.version());
        assertThat(holder.current().kieBase()).isSameAs(before.kieBase());
        assertThat(holder.current().texts().text("one", "en").orElseThrow().title()).isEqualTo("New title");

        RulesFolder.in(dir).file("topic.texts.yaml", "one:\n  en:\n    title: [unclosed\n");
        ReloadStatus failed = holder.reload();
        assertThat(failed.status()).isEqualTo(ReloadStatus.Status.FAILED);
        assertThat(failed.errors()).extracting(RuleError::file).containsOnly("topic.texts.yaml");
        assertThat(holder.current().texts().text("one", "en").orElseThrow().title()).isEqualTo("New title");
    }

    @Test
    void theWatcherReloadsAddedChangedAndRemovedFilesAndIgnoresEditorFiles() throws Exception {
        folderWithOneRule();
        KnowledgeBaseHolder holder = new KnowledgeBaseHolder(dir);
        watcher = new RulesWatcher(holder, 300, 0, 0);
        watcher.start();
        assertThat(watcher.isRunning()).isTrue();

        // Added, in a new subfolder.
        String v0 = holder.current().version();
        long start = System.nanoTime();
        RulesFolder.in(dir).file("extra/more.drl", RulesFolder.HEADER
                        + RulesFolder.adviceRule("Two", "two", "CompanyProfile( )", "HIGH"))
                .file("extra/more.texts.yaml", RulesFolder.texts("two"));
        Await.within(RELOAD_LIMIT, () -> holder.current().adviceIds().contains("two"));
        System.out.printf("Live reload: added file in service after %d ms%n", (System.nanoTime() - start) / 1_000_000);
        String v1 = holder.current().version();
        assertThat(v1).isNotEqualTo(v0);

        // Editors' temp and backup files change nothing.
        RulesFolder.in(dir).file(".topic.drl.swp", "garbage").file("topic.drl~", "garbage").file("#topic.drl#", "x")
                .file("topic.drl.bak", "garbage");
        Thread.sleep(800);
        assertThat(holder.current().version()).isEqualTo(v1);
        assertThat(holder.lastReload().status()).isEqualTo(ReloadStatus.Status.OK);

        // Changed: a broken save keeps the rules in service and reports the error.
        start = System.nanoTime();
        RulesFolder.in(dir).file("extra/more.drl", RulesFolder.HEADER
                + RulesFolder.adviceRule("Two", "two", "CompanyProfile( )", "HIHG"));
        Await.within(RELOAD_LIMIT, () -> holder.lastReload().status() == ReloadStatus.Status.FAILED);
        System.out.printf("Live reload: broken change reported after %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(holder.lastReload().errors()).extracting(RuleError::file).containsOnly("extra/more.drl");
        assertThat(holder.current().version()).isEqualTo(v1);

        // Removed: the folder goes, and with it the advice.
        start = System.nanoTime();
        Files.delete(dir.resolve("extra/more.drl"));
        Files.delete(dir.resolve("extra/more.texts.yaml"));
        Await.within(RELOAD_LIMIT, () -> holder.lastReload().status() == ReloadStatus.Status.OK
                && !holder.current().adviceIds().contains("two"));
        System.out.printf("Live reload: removal in service after %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(holder.current().version()).isEqualTo(v0);
    }
}
