package org.cxadvisor.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.cxadvisor.assessment.AssessmentService;
import org.cxadvisor.knowledge.KnowledgeBaseHolder;
import org.cxadvisor.support.HttpTest;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reload re-runs the saved assessments in the background: a new advice rule that fires for companies with unhappy
 * staff shows up as added for exactly the saved assessment with unhappy staff; the (from, to) pair is claimed once.
 */
class ImpactTest extends HttpTest {

    private static final Path RULES = folder();

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        registry.add("cxadvisor.rules-dir", RULES::toString);
        registry.add("cxadvisor.reload.enabled", () -> "false");
        registry.add("cxadvisor.impact.poll-ms", () -> "100");
    }

    @Autowired
    AssessmentService assessments;
    @Autowired
    KnowledgeBaseHolder holder;
    @Autowired
    ImpactStore store;

    @Test
    void aRuleChangeIsMeasuredOnTheSavedAssessments() throws InterruptedException {
        assertThat(api.get("/api/knowledge-base/impact").status()).as("consultants only").isEqualTo(401);
        String unhappy = assessments.create(Profiles.neutral().with("name", "Unhappy").with("employeeEngagement", 1).build(),
                null, Locale.ENGLISH).id();
        assessments.create(Profiles.neutral().with("name", "Happy").with("employeeEngagement", 5).build(), null, Locale.ENGLISH);
        String before = holder.current().version();

        RulesFolder.in(RULES).file("staff.drl", RulesFolder.HEADER + RulesFolder.adviceRule("Unhappy staff", "staff",
                "CompanyProfile( employeeEngagement != null, employeeEngagement <= 2 )", "HIGH"))
                .file("staff.texts.yaml", RulesFolder.texts("staff") + RulesFolder.ruleTexts("Unhappy staff"));
        holder.reload();
        String after = holder.current().version();
        assertThat(after).isNotEqualTo(before);

        ImpactStore.Run run = awaitDone(after);
        assertThat(run.from()).isEqualTo(before);
        assertThat(run.assessments()).isEqualTo(2);
        assertThat(run.done()).isEqualTo(2);
        assertThat(run.changed()).isEqualTo(1);
        assertThat(run.byAdvice()).isEqualTo("[{\"id\":\"staff\",\"added\":1,\"removed\":0,\"changedPriority\":0}]");
        assertThat(run.changes()).contains("\"id\":\"" + unhappy + "\"").contains("\"name\":\"Unhappy\"");

        // another instance on the same database finds this reload taken
        assertThat(store.claim(before, after, 2)).isEmpty();
    }

    private ImpactStore.Run awaitDone(String version) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            var run = store.latest().filter(r -> r.to().equals(version) && r.status() == ImpactStore.Status.DONE);
            if (run.isPresent()) {
                return run.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no finished impact run for " + version + ": " + store.latest());
    }

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("cx-impact-");
            RulesFolder.in(dir).file("topic.drl", RulesFolder.HEADER
                            + RulesFolder.adviceRule("Always", "always", "CompanyProfile( )", "LOW"))
                    .file("topic.texts.yaml", RulesFolder.texts("always") + RulesFolder.ruleTexts("Always"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
