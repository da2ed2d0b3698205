package org.cxadvisor.scenario;

import java.util.ArrayList;
import java.util.List;
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
                           java.util.Map<String, Priority> priorities) {
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

    public Comparison compare(ScenarioRequest.Comparison request) {
        KnowledgeBase kb = evaluation.knowledgeBase();
        Evaluation baseline = evaluation.evaluate(kb, request.baseline());
        List<Outcome> outcomes = new ArrayList<>(request.variants().size());
        for (ScenarioRequest.Variant variant : request.variants()) {
            Evaluation result = evaluation.evaluate(kb, variant.profile());
            outcomes.add(new Outcome(variant, result, ScenarioDiff.between(baseline, result)));
        }
        return new Comparison(kb, baseline, List.copyOf(outcomes));
    }

    public Sweep sweep(ScenarioRequest.Sweep request) {
        KnowledgeBase kb = evaluation.knowledgeBase();
        List<SweepRow> rows = new ArrayList<>();
        for (int i = 0; i < request.values().size(); i++) {
            Evaluation result = evaluation.evaluate(kb, request.profiles().get(i));
            rows.add(new SweepRow(request.values().get(i), result.conclusions(), ScenarioDiff.priorities(result).keySet()
                    .stream().toList(), ScenarioDiff.priorities(result)));
        }
        return new Sweep(kb, request.field().path(), evaluation.evaluate(kb, request.baseline()), List.copyOf(rows));
    }

    public Counterfactuals.Analysis counterfactuals(CompanyProfile profile) {
        return Counterfactuals.analyse(evaluation, evaluation.knowledgeBase(), profile);
    }
}
