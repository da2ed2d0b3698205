package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Never an empty or lost knowledge base: refused folders, the last good generation on disk, withdrawn rules. */
class KnowledgeBaseHolderTest {

    @TempDir
    Path rules;

    @TempDir
    Path data;

    private void goodRules(String priority) {
        RulesFolder.in(rules)
                .file("topic.drl", RulesFolder.HEADER + RulesFolder.adviceRule("One", "one", "CompanyProfile( )", priority))
                .file("topic.texts.yaml", RulesFolder.texts("one"));
    }

    private KnowledgeBaseHolder holder() {
        return new KnowledgeBaseHolder(rules, data, List.of());
    }

    @Test
    void anEmptyFolderOrOneWithoutAdviceIsRefusedAtStartUpAndAtReload() throws Exception {
        assertThatThrownBy(this::holder).isInstanceOfSatisfying(KnowledgeBaseException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.message()).startsWith("No rules")));
        goodRules("LOW");
        KnowledgeBaseHolder holder = holder();
        Files.delete(rules.resolve("topic.drl"));
        Files.delete(rules.resolve("topic.texts.yaml"));
        assertThat(holder.reload().status()).isEqualTo(ReloadStatus.Status.FAILED);
        assertThat(holder.current().rules()).hasSize(1);
    }

    @Test
    void aBrokenFolderAtStartUpStartsOnTheLastGoodGenerationAndSaysWhy() throws Exception {
        goodRules("LOW");
        String good = holder().current().version();
        RulesFolder.in(rules).file("topic.drl", RulesFolder.HEADER
                + RulesFolder.adviceRule("One", "one", "CompanyProfile( )", "HIHG"));

        KnowledgeBaseHolder restarted = holder();
        assertThat(restarted.current().version()).isEqualTo(good);
        assertThat(restarted.lastReload().status()).isEqualTo(ReloadStatus.Status.FAILED);
        assertThat(restarted.lastReload().errors()).singleElement()
                .satisfies(e -> assertThat(e.file()).isEqualTo("topic.drl"));

        // Without a last good generation the broken folder stops the start-up.
        assertThatThrownBy(() -> new KnowledgeBaseHolder(rules, data.resolve("elsewhere"), List.of()))
                .isInstanceOf(KnowledgeBaseException.class);
    }

    @Test
    void aWithdrawnGenerationGivesWayToThePreviousOneAndIsNotTakenBackFromTheFolder() {
        goodRules("LOW");
        KnowledgeBaseHolder holder = holder();
        KnowledgeBase first = holder.current();
        goodRules("HIGH");
        holder.reload();
        KnowledgeBase second = holder.current();
        assertThat(second).isNotSameAs(first);

        holder.withdraw(second, "One", "Rule \"One\" kept firing.");
        assertThat(holder.current()).isSameAs(first);
        assertThat(holder.lastReload().errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("topic.drl");
            assertThat(e.line()).isPositive();
            assertThat(e.message()).contains("kept firing").contains(second.version()).contains(first.version());
        });
        holder.reload();
        assertThat(holder.current()).isSameAs(first);
        // The last good generation on disk is the one serving again.
        assertThat(new KnowledgeBaseHolder(data.resolve("none"), data, List.of()).current().version())
                .isEqualTo(first.version());
    }
}
