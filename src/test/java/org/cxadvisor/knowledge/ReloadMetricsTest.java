package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cxadvisor.reloads{status} counts reloads that changed something, by outcome; an unchanged folder is no reload. */
class ReloadMetricsTest {

    @TempDir
    Path dir;

    @Test
    void countsGoodAndRefusedReloadsButNotTheStartOrAnUnchangedFolder() {
        RulesFolder rules = RulesFolder.in(dir)
                .file("topic.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one", "CompanyProfile( )", "LOW"))
                .file("topic.texts.yaml", RulesFolder.texts("one"));
        KnowledgeBaseHolder holder = new KnowledgeBaseHolder(dir);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new ReloadMetrics(holder).bindTo(registry);

        holder.reload();
        rules.file("topic.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one", "CompanyProfile( )", "HIGH"));
        holder.reload();
        rules.file("topic.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one", "CompanyProfile( )", "HIHG"));
        holder.reload();

        assertThat(registry.get("cxadvisor.reloads").tag("status", "OK").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("cxadvisor.reloads").tag("status", "FAILED").functionCounter().count()).isEqualTo(1);
    }
}
