package org.cxadvisor.impact;

import java.util.ArrayList;
import java.util.List;
import org.cxadvisor.scenario.ScenarioDiff;

/** The command line's plain-text account of a draft's impact: totals, a table per advice, and the companies. */
public final class DraftImpactText {

    private DraftImpactText() {
    }

    public static String render(DraftImpact.Outcome outcome) {
        ImpactTally.Result r = outcome.result();
        StringBuilder text = new StringBuilder();
        text.append("Draft rules ").append(outcome.to()).append(" against the rules in service ").append(outcome.from())
                .append('\n').append(r.assessments()).append(" companies re-run (").append(outcome.saved())
                .append(" saved assessments, ").append(outcome.examples()).append(" example profiles): ")
                .append(r.changed()).append(" get other advice.\n");
        if (r.byAdvice().isEmpty()) {
            return text.toString();
        }
        text.append(String.format("%n%-40s %6s %6s %15s%n", "advice", "new", "gone", "other priority"));
        r.byAdvice().forEach(a -> text.append(String.format("%-40s %6d %6d %15d%n", a.id(), a.added(), a.removed(),
                a.changedPriority())));
        text.append("\nCompanies whose advice changes:\n");
        r.changes().forEach(c -> text.append("  ").append(c.name()).append(" (").append(c.id()).append("): ")
                .append(describe(c.diff())).append('\n'));
        if (r.changed() > r.changes().size()) {
            text.append("  ... and ").append(r.changed() - r.changes().size()).append(" more\n");
        }
        return text.toString();
    }

    private static String describe(ScenarioDiff diff) {
        List<String> parts = new ArrayList<>();
        if (!diff.added().isEmpty()) {
            parts.add("new " + String.join(", ", diff.added()));
        }
        if (!diff.removed().isEmpty()) {
            parts.add("gone " + String.join(", ", diff.removed()));
        }
        diff.changedPriority().forEach(p -> parts.add(p.id() + " " + p.from() + " -> " + p.to()));
        diff.changedConclusions().forEach(c -> parts.add(c.type() + " " + c.from() + " -> " + c.to()));
        return String.join("; ", parts);
    }
}
