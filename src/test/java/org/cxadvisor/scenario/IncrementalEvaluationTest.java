package org.cxadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.Evaluation;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What-ifs evaluate profile after profile in one session (truth maintenance retracting what no longer holds);
 * {@code /api/advice} evaluates each profile in a session kept from an earlier request. Over many random profiles of the shipped rules,
 * both give the same conclusions, advice (ranked) and strengths as a fresh session: every counterfactual trial, long
 * chains of unrelated profiles, and request after request.
 */
class IncrementalEvaluationTest {

    private static final int PROFILES = 60;

    private static KnowledgeBase kb;
    private static AdviceEngine engine;
    /** The reference: every evaluation in a fresh session, as before sessions were kept between requests. */
    private static AdviceEngine fresh;
    private static EvaluationService service;

    @BeforeAll
    static void load() {
        kb = new KnowledgeBaseLoader(Clock.systemUTC()).load(Path.of("rules"));
        engine = new AdviceEngine(10_000);
        fresh = new AdviceEngine(AdviceEngine.Limits.of(10_000, AdviceEngine.DEFAULT_TIME_BUDGET).freshSessions());
        service = new EvaluationService(() -> kb, engine);
    }

    @Test
    void everyCounterfactualTrialInOneSessionEqualsAFreshEvaluation() {
        Random random = new Random(15);
        for (int i = 0; i < PROFILES; i++) {
            CompanyProfile baseline = Profiles.random(random);
            List<CompanyProfile> sequence = new ArrayList<>(List.of(baseline));
            Counterfactuals.trials(kb, baseline).forEach(t -> sequence.add(t.profile()));
            assertSameAsFresh(sequence);
        }
    }

    @Test
    void aLongChainOfUnrelatedProfilesInOneSessionEqualsFreshEvaluations() {
        Random random = new Random(9);
        List<CompanyProfile> sequence = new ArrayList<>();
        for (int i = 0; i < 5 * PROFILES; i++) {
            sequence.add(Profiles.random(random));
        }
        assertSameAsFresh(sequence);
    }

    @Test
    void aSweepEqualsFreshEvaluationsOfEachValue() {
        CompanyProfile baseline = Profiles.random(new Random(3));
        ScenarioRequest.Sweep request = ScenarioBenchmark.allNpsValues(baseline);
        ScenarioService.Sweep sweep = new ScenarioService(service).sweep(request);
        assertThat(sweep.baseline()).isEqualTo(fresh.evaluate(kb, baseline));
        for (int i = 0; i < request.profiles().size(); i++) {
            Evaluation alone = fresh.evaluate(kb, request.profiles().get(i));
            assertThat(sweep.rows().get(i).conclusions()).isEqualTo(alone.conclusions());
            assertThat(sweep.rows().get(i).priorities()).isEqualTo(ScenarioDiff.priorities(alone));
        }
    }

    /** /api/advice: each request's profile takes the place of an earlier request's in a kept session. */
    @Test
    void requestAfterRequestInKeptSessionsEqualsFreshEvaluations() {
        Random random = new Random(21);
        for (int i = 0; i < 5 * PROFILES; i++) {
            CompanyProfile profile = Profiles.random(random);
            assertThat(engine.evaluate(kb, profile)).as("request %d: %s", i, profile).isEqualTo(fresh.evaluate(kb, profile));
        }
    }

    private static void assertSameAsFresh(List<CompanyProfile> sequence) {
        List<Evaluation> incremental = service.analyse(kb, session -> sequence.stream().map(session::evaluate).toList());
        for (int i = 0; i < sequence.size(); i++) {
            assertThat(incremental.get(i)).as("profile %d of the session: %s", i, sequence.get(i))
                    .isEqualTo(fresh.evaluate(kb, sequence.get(i)));
        }
    }
}
