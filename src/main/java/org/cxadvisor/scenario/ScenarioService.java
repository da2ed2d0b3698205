package org.cxadvisor.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxadvisor.advice.Conclusion;
import org.cxadvisor.advice.Evaluation;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.advice.Priority;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.profile.CompanyProfile;

/**
 * What-if analysis on top of the one {@link EvaluationService}: comparisons of variants against a baseline,
 * sweeps of one field over its values, and counterfactuals. Each batch pins one knowledge-base generation, so a
 * rule reload half-way never mixes two rule sets in one answer; evaluations carry no texts until a report is
 * asked for.
 */
public final class ScenarioService {

    /** One variant's outcome. */
    public record Outcome(ScenarioRequest.Variant variant, Evaluation evaluation, ScenarioDiff diff) {
    }

    /** The baseline and every variant, all evaluated against the same knowledge base. */
    public record Comparison(KnowledgeBase knowledgeBase, Evaluation baseline, List<Outcome> outcomes) {
    }

    /** One sweep row: the value, and what the rules concluded and advised with it. */
    public record SweepRow(Object value, List<Conclusion> conclusions, List<String> advice,
                           Map<String, Priority> priorities) {
    }

    public record Sweep(KnowledgeBase knowledgeBase, String field, Evaluation baseline, List<SweepRow> rows) {
    }

    private final EvaluationService evaluation;

    public ScenarioService(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    public EvaluationService evaluationService() {
        return evaluation;
    }

    /** The baseline and then each variant in one session, as a sweep does. */
    public Comparison compare(ScenarioRequest.Comparison request) {
        KnowledgeBase kb = evaluation.knowledgeBase();
        return evaluation.analyse(kb, session -> {
            Evaluation baseline = session.evaluate(request.baseline());
            List<Outcome> outcomes = new ArrayList<>(request.variants().size());
            for (ScenarioRequest.Variant variant : request.variants()) {
                Evaluation result = session.evaluate(variant.profile());
                outcomes.add(new Outcome(variant, result, ScenarioDiff.between(baseline, result)));
            }
            return new Comparison(kb, baseline, List.copyOf(outcomes));
        });
    }

    /** The baseline and then each value in one session: a sweep changes one field, so little re-fires each time. */
    public Sweep sweep(ScenarioRequest.Sweep request) {
        KnowledgeBase kb = evaluation.knowledgeBase();
        return evaluation.analyse(kb, session -> {
            Evaluation baseline = session.evaluate(request.baseline());
            List<SweepRow> rows = new ArrayList<>();
            for (int i = 0; i < request.values().size(); i++) {
                Evaluation result = session.evaluate(request.profiles().get(i));
                Map<String, Priority> priorities = ScenarioDiff.priorities(result);
                rows.add(new SweepRow(request.values().get(i), result.conclusions(), List.copyOf(priorities.keySet()),
                        priorities));
            }
            return new Sweep(kb, request.field().path(), baseline, List.copyOf(rows));
        });
    }

    public Counterfactuals.Analysis counterfactuals(CompanyProfile profile) {
        return Counterfactuals.analyse(evaluation, evaluation.knowledgeBase(), profile);
    }
}
