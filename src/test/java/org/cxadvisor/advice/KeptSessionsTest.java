package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.RunawayRulesException;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions kept between analyses: taken up again for the same knowledge base, never after a failure or a reload. */
class KeptSessionsTest {

    @TempDir
    Path dir;

    private final AdviceEngine engine = new AdviceEngine(500, Duration.ofSeconds(2));

    @Test
    void theNextAnalysisOfTheSameKnowledgeBaseTakesUpTheFinishedSession() {
        KnowledgeBase kb = RulesFolder.in(dir).file("plain.drl", EvaluationSessionTest.PLAIN_INSERT).load();
        EvaluationSession first = engine.analyse(kb, session -> session);
        EvaluationSession second = engine.analyse(kb, session -> session);
        assertThat(second).isSameAs(first);

        AdviceEngine fresh = new AdviceEngine(AdviceEngine.Limits.of(500, Duration.ofSeconds(2)).freshSessions());
        EvaluationSession one = fresh.analyse(kb, session -> session);
        EvaluationSession other = fresh.analyse(kb, session -> session);
        assertThat(other).isNotSameAs(one);
    }

    @Test
    void aNewerKnowledgeBaseClosesTheSessionsOfTheOlderOne() {
        KnowledgeBase older = RulesFolder.in(dir).file("plain.drl", EvaluationSessionTest.PLAIN_INSERT).load();
        KnowledgeBase newer = RulesFolder.in(dir).load();
        EvaluationSession kept = engine.analyse(older, session -> session);
        EvaluationSession ofNewer = engine.analyse(newer, session -> session);
        assertThat(ofNewer).isNotSameAs(kept);
        assertThatThrownBy(() -> kept.evaluate(Profiles.neutral().build())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("disposed");
    }

    @Test
    void aSessionWhoseEvaluationFailedIsClosedNotKept() {
        KnowledgeBase kb = RulesFolder.in(dir).file("loop.drl", RunawayRulesTest.LOOP).load();
        AtomicReference<EvaluationSession> failed = new AtomicReference<>();
        assertThatThrownBy(() -> engine.analyse(kb, session -> {
            failed.set(session);
            return session.evaluate(Profiles.neutral().with("employeeEngagement", 1).build());
        })).isInstanceOf(RunawayRulesException.class);
        EvaluationSession next = engine.analyse(kb, session -> session);
        assertThat(next).isNotSameAs(failed.get());
        assertThat(engine.evaluate(kb, Profiles.neutral().with("employeeEngagement", 4).build()).conclusions()).isEmpty();
    }

    /** A plain insert is retracted by nothing: the next request must not see it (its session starts afresh). */
    @Test
    void aPlainlyInsertedFactDoesNotOutliveTheRequestThatMadeIt() {
        KnowledgeBase kb = RulesFolder.in(dir).file("plain.drl", EvaluationSessionTest.PLAIN_INSERT).load();
        assertThat(engine.evaluate(kb, Profiles.neutral().with("employeeEngagement", 1).build()).conclusions()).hasSize(1);
        assertThat(engine.evaluate(kb, Profiles.neutral().with("employeeEngagement", 4).build()).conclusions()).isEmpty();
    }
}
