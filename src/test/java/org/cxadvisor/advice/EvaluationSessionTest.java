package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cxadvisor.knowledge.RunawayRulesException;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.RulesFolder;
import org.drools.core.common.NodeMemories;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.reteoo.PathMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profile after profile in one session: the same answers as fresh sessions, and the same limits per evaluation. */
class EvaluationSessionTest {

    @TempDir
    Path dir;

    static final String PLAIN_INSERT = RulesFolder.HEADER + """
            rule "Concludes plainly on low engagement"
                @concludes("EXPERIENCE_QUADRANT") @kpoints("K8") @source("geurtsen-2012")
            when
                CompanyProfile( employeeEngagement == 1 )
            then
                insert(Conclusion.of(kcontext, ExperienceQuadrant.UTILITY));
            end
            """;

    /** The same rule inserting logically: truth maintenance retracts its conclusion when engagement changes. */
    private static final String LOGICAL_INSERT = PLAIN_INSERT.replace("insert(", "insertLogical(");

    private static final String BOUND_PROFILE = RulesFolder.HEADER + """
            rule "Concludes from the whole profile"
                @concludes("RELATIONSHIP_GAP") @kpoints("K8") @source("geurtsen-2012")
            when
                $p : CompanyProfile( sector != null )
            then
                insertLogical(Conclusion.relationshipGap(kcontext, $p.processValue()));
            end
            """;

    @Test
    void aRuleThatReadsAFieldThroughTheWholeProfileSeesItChange() {
        var kb = RulesFolder.in(dir).file("bound.drl", BOUND_PROFILE).load();
        assertThat(kb.profileBoundWhole()).isTrue();
        AdviceEngine engine = new AdviceEngine(500, Duration.ofSeconds(2));
        List<Evaluation> evaluations = engine.analyse(kb, session -> List.of(
                session.evaluate(Profiles.neutral().with("processValue", 2).build()),
                session.evaluate(Profiles.neutral().with("processValue", 4).build())));
        // processValue is read only in the then part, through $p: Drools must be told the whole profile changed
        assertThat(evaluations.get(0).conclusions()).extracting(Conclusion::value).containsExactly(2);
        assertThat(evaluations.get(1).conclusions()).extracting(Conclusion::value).containsExactly(4);
    }

    @Test
    void theShippedRulesReadFieldsInTheirPatternsSoWhatIfsNameTheChangedOnes() {
        assertThat(new org.cxadvisor.knowledge.KnowledgeBaseLoader(java.time.Clock.systemUTC())
                .load(Path.of("rules")).profileBoundWhole()).isFalse();
    }

    @Test
    void aPlainlyInsertedFactDoesNotOutliveTheProfileThatMadeIt() {
        var kb = RulesFolder.in(dir).file("plain.drl", PLAIN_INSERT).load();
        AdviceEngine engine = new AdviceEngine(500, Duration.ofSeconds(2));
        List<Evaluation> evaluations = engine.analyse(kb, session -> List.of(
                session.evaluate(Profiles.neutral().with("employeeEngagement", 1).build()),
                session.evaluate(Profiles.neutral().with("employeeEngagement", 4).build())));
        assertThat(evaluations.get(0).conclusions()).hasSize(1);
        assertThat(evaluations.get(1).conclusions()).isEmpty();
    }

    @Test
    void everyEvaluationOfASessionHasTheFiringLimitOfASingleOne() {
        var kb = RulesFolder.in(dir).file("loop.drl", RunawayRulesTest.LOOP).load();
        AdviceEngine engine = new AdviceEngine(500, Duration.ofSeconds(30));
        assertThatThrownBy(() -> engine.analyse(kb, session -> {
            for (int i = 0; i < 50; i++) {
                session.evaluate(Profiles.neutral().with("employeeEngagement", 4).build());
            }
            return session.evaluate(Profiles.neutral().with("employeeEngagement", 1).build());
        })).isInstanceOf(RunawayRulesException.class).hasMessageContaining("500 rule firings")
                .satisfies(e -> assertThat(((RunawayRulesException) e).rule()).isEqualTo("Keeps concluding"));
    }

    /**
     * Drools 10.2.0 keeps the fired match of a rule built on an alpha terminal node in the rule's list of dormant
     * matches after its fact stopped matching, so a kept session, which takes every request's profile, would grow
     * without end: 375 matches after these 750 profiles. The loader builds no such nodes
     * ({@code LazyPropagation}); a session then keeps none.
     */
    @Test
    void aSessionDoesNotKeepMoreMatchesTheMoreProfilesItTakes() {
        var kb = RulesFolder.in(dir).file("logical.drl", LOGICAL_INSERT).load();
        AdviceEngine engine = new AdviceEngine(500, Duration.ofSeconds(30));
        int dormant = engine.analyse(kb, session -> {
            for (int i = 0; i < 750; i++) {
                session.evaluate(Profiles.neutral().with("employeeEngagement", i % 2 == 0 ? 1 : 4).build());
            }
            return dormantMatches(session);
        });
        assertThat(dormant).isLessThanOrEqualTo(1);
    }

    /** The matches the session's rules keep as fired and no longer active (Drools' own bookkeeping, read by reflection). */
    private static int dormantMatches(EvaluationSession session) {
        try {
            var field = EvaluationSession.class.getDeclaredField("session");
            field.setAccessible(true);
            NodeMemories memories = ((ReteEvaluator) field.get(session)).getNodeMemories();
            int dormant = 0;
            for (int i = 0; i < memories.length(); i++) {
                if (memories.peekNodeMemory(i) instanceof PathMemory path && path.getRuleAgendaItem() != null) {
                    dormant += path.getRuleAgendaItem().getRuleExecutor().getDormantMatches().size();
                }
            }
            return dormant;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
