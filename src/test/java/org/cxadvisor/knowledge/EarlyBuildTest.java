package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cxadvisor.support.Await;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

/** The rules compiled while the server starts are served only when they are the files the holder reads itself. */
class EarlyBuildTest {

    @TempDir
    Path rules;

    @TempDir
    Path data;

    private void startBuilding() {
        new EarlyBuild().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], new MockEnvironment().withProperty("cxadvisor.rules-dir",
                rules.toString())));
    }

    private void rule(String priority) {
        RulesFolder.in(rules)
                .file("topic.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one", "CompanyProfile( )", priority))
                .file("topic.texts.yaml", RulesFolder.texts("one"));
    }

    @Test
    void theHolderServesTheEarlyBuildOfTheSameFilesOnce() {
        rule("LOW");
        startBuilding();
        List<RuleFile> files = RuleFiles.scan(rules);
        KnowledgeBase early = EarlyBuild.take(rules.toAbsolutePath().normalize(), files).orElseThrow();
        assertThat(early.version()).isEqualTo(RuleFiles.version(files));
        assertThat(EarlyBuild.take(rules.toAbsolutePath().normalize(), files)).isEmpty();
    }

    /** The early build reads the folder on its own thread: waiting for it to end makes the edit below come after. */
    private static void awaitEarlyBuild() throws InterruptedException {
        Await.within(Duration.ofSeconds(60), () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("rules-early-build")));
    }

    @Test
    void aFolderEditedDuringStartUpIsCompiledAgainByTheHolder() throws InterruptedException {
        rule("LOW");
        startBuilding();
        awaitEarlyBuild();
        rule("HIGH");
        KnowledgeBaseHolder holder = new KnowledgeBaseHolder(rules, data, List.of());
        assertThat(holder.current().version()).isEqualTo(RuleFiles.version(RuleFiles.scan(rules)));
    }

    @Test
    void brokenRulesStopTheStartAsACompileByTheHolderWould() throws Exception {
        Files.writeString(rules.resolve("broken.drl"), RulesFolder.HEADER + "rule \"Broken\" when then end end");
        startBuilding();
        assertThatThrownBy(() -> new KnowledgeBaseHolder(rules, data, List.of())).isInstanceOf(KnowledgeBaseException.class);
    }
}
