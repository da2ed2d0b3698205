package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plans file belongs to the knowledge base: an edit takes effect without recompiling, a mistake is refused. */
class ExperimentPlansReloadTest {

    @TempDir
    Path dir;

    private RulesFolder folder(String plans) {
        return RulesFolder.in(dir)
                .file("topic.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one", "CompanyProfile( )", "LOW"))
                .file("topic.texts.yaml", RulesFolder.texts("one"))
                .file("experiments.plans.yaml", plans);
    }

    @Test
    void editingThePlansReusesTheCompiledRulesAndABrokenPlansFileKeepsThePreviousGeneration() throws IOException {
        String shipped = Files.readString(Path.of("rules/experiments.plans.yaml"));
        folder(shipped);
        KnowledgeBaseHolder holder = new KnowledgeBaseHolder(dir);
        KnowledgeBase before = holder.current();
        assertThat(before.experiments().maxPlans()).isEqualTo(2);
        assertThat(before.files()).contains("experiments.plans.yaml");

        folder(shipped.replace("maxPlans: 2", "maxPlans: 1"));
        assertThat(holder.reload().status()).isEqualTo(ReloadStatus.Status.OK);
        assertThat(holder.current().kieBase()).isSameAs(before.kieBase());
        assertThat(holder.current().experiments().maxPlans()).isEqualTo(1);
        KnowledgeBase edited = holder.current();

        folder(shipped.replace("maxWeeks: 52", "maxWeeks: a year"));
        ReloadStatus failed = holder.reload();
        assertThat(failed.status()).isEqualTo(ReloadStatus.Status.FAILED);
        assertThat(failed.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("experiments.plans.yaml");
            assertThat(e.line()).isEqualTo(shipped.substring(0, shipped.indexOf("maxWeeks: 52")).split("\n", -1).length);
            assertThat(e.message()).isEqualTo("settings.maxWeeks must be a whole number from 1 to 520.");
        });
        assertThat(holder.current()).isSameAs(edited);
    }

    @Test
    void aRulesFolderWithoutAPlansFileHasAnEmptyCatalog() {
        RulesFolder.in(dir)
                .file("topic.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one", "CompanyProfile( )", "LOW"))
                .file("topic.texts.yaml", RulesFolder.texts("one"));
        assertThat(RulesFolder.in(dir).load().experiments().designs()).isEmpty();
    }
}
