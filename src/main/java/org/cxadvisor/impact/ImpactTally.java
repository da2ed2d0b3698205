package org.cxadvisor.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.scenario.ScenarioDiff;

/**
 * What a change of rules does to a set of companies: each profile is evaluated on the old and on the new knowledge
 * base (through the {@link EvaluationService}), compared with the what-if runner's {@link ScenarioDiff}, and
 * counted per advice. The same tally serves a reload in the server and {@code impact --rules DIR} on the command line.
 */
public final class ImpactTally {

    /** A saved assessment or an example profile. */
    public record Subject(String id, String companyId, String name, CompanyProfile profile) {
    }

    /** How many companies get this advice new, lose it, or get it with another priority. */
    public record AdviceCount(String id, int added, int removed, int changedPriority) {
    }

    /** One company whose advice or conclusions the change moves. */
    public record Change(String id, String companyId, String name, ScenarioDiff diff) {
    }

    public record Result(int assessments, int changed, List<AdviceCount> byAdvice, List<Change> changes) {
    }

    /** At most this many changed companies are listed one by one; all are counted. */
    static final int MAX_LISTED = 1000;

    private final EvaluationService evaluation;
    private final KnowledgeBase from;
    private final KnowledgeBase to;
    private final Map<String, int[]> byAdvice = new TreeMap<>();
    private final List<Change> changes = new ArrayList<>();
    private int assessments;
    private int changed;

    public ImpactTally(EvaluationService evaluation, KnowledgeBase from, KnowledgeBase to) {
        this.evaluation = evaluation;
        this.from = from;
        this.to = to;
    }

    public void add(Subject subject) {
        ScenarioDiff diff = ScenarioDiff.between(evaluation.evaluate(from, subject.profile()),
                evaluation.evaluate(to, subject.profile()));
        assessments++;
        if (diff.nothingChanged()) {
            return;
        }
        changed++;
        if (changes.size() < MAX_LISTED) {
            changes.add(new Change(subject.id(), subject.companyId(), subject.name(), diff));
        }
        diff.added().forEach(id -> count(id)[0]++);
        diff.removed().forEach(id -> count(id)[1]++);
        diff.changedPriority().forEach(p -> count(p.id())[2]++);
    }

    public Result result() {
        List<AdviceCount> counts = new ArrayList<>();
        byAdvice.forEach((id, c) -> counts.add(new AdviceCount(id, c[0], c[1], c[2])));
        return new Result(assessments, changed, counts, List.copyOf(changes));
    }

    private int[] count(String adviceId) {
        return byAdvice.computeIfAbsent(adviceId, id -> new int[3]);
    }
}
