package org.cxadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cxadvisor.advice.Advice;
import org.cxadvisor.advice.AdviceCategory;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.knowledge.KnowledgeBaseHolder;
import org.cxadvisor.knowledge.ReloadStatus;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A topic made by {@code new-topic} goes live in a running service (which refuses what {@code validate} reports as
 * an error) without changing any advice; switched on as docs/authoring.md, section 1, says, its advice is given.
 */
class NewTopicTest {

    @TempDir
    Path dir;

    @Test
    void aNewTopicGoesLiveSwitchedOffAndGivesItsAdviceOnceSwitchedOn() throws Exception {
        Path rules = RulesFolder.copyOfShippedRules(dir.resolve("rules"));
        KnowledgeBaseHolder holder = new KnowledgeBaseHolder(rules, null, List.of(new ConventionsCheck()));
        AdviceEngine engine = new AdviceEngine(10_000, Duration.ofMinutes(1));
        var service = Profiles.neutral().with("offering", "SERVICE").build();
        int adviceBefore = engine.evaluate(holder.current(), service).advice().size();

        List<Path> files = new NewTopic(rules, "loyalty-programme", true, AdviceCategory.FEEL_SPECIAL, List.of("K9")).create();
        assertThat(files).containsExactly(rules.resolve("loyalty-programme.dslr"),
                rules.resolve("loyalty-programme.texts.yaml"), rules.resolve("tests/loyalty-programme.yaml"));
        assertThat(holder.reload().status()).as(holder.lastReload().errors().toString()).isEqualTo(ReloadStatus.Status.OK);
        assertThat(holder.current().files()).contains("loyalty-programme.dslr", "loyalty-programme.texts.yaml");
        assertThat(holder.current().adviceIds()).contains("loyalty-programme");
        assertThat(engine.evaluate(holder.current(), service).advice()).hasSize(adviceBefore);

        // Section 1, step 2: delete the line "enabled false" and save.
        Path rule = rules.resolve("loyalty-programme.dslr");
        Files.writeString(rule, Files.readString(rule).replace("    enabled false\n", ""));
        assertThat(holder.reload().status()).as(holder.lastReload().errors().toString()).isEqualTo(ReloadStatus.Status.OK);
        assertThat(engine.evaluate(holder.current(), service).advice()).extracting(Advice::id).contains("loyalty-programme");
    }
}
