package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** cxadvisor.reload.enabled switches live reload; the watcher starts and stops with the context. */
class RulesWatcherSwitchTest {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner() {
        RulesFolder.in(dir).file("a.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one", "CompanyProfile( )", "LOW"))
                .file("a.texts.yaml", RulesFolder.texts("one"));
        return new ApplicationContextRunner()
                .withPropertyValues("cxadvisor.rules-dir=" + dir)
                .withUserConfiguration(KnowledgeBaseHolder.class, RulesWatcher.class);
    }

    @Test
    void onByDefaultAndStoppedWithTheContext() {
        RulesWatcher[] watcher = new RulesWatcher[1];
        runner().run(context -> {
            watcher[0] = context.getBean(RulesWatcher.class);
            assertThat(watcher[0].isRunning()).isTrue();
        });
        assertThat(watcher[0].isRunning()).isFalse();
    }

    @Test
    void offWithTheProperty() {
        runner().withPropertyValues("cxadvisor.reload.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(RulesWatcher.class).hasSingleBean(KnowledgeBaseHolder.class));
    }
}
