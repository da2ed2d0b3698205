package org.cxadvisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cxadvisor.profile.ProfileValues;
import org.cxadvisor.advice.Priority;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.knowledge.KnowledgeBase;

/**
 * A scenario comparison as a CSV matrix (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break in double quotes, quotes doubled): one column per scenario, baseline first, so that a spreadsheet
 * shows the scenarios side by side and can filter and colour them. Columns: {@code kind, id, label, baseline,
 * <scenario>...}. Rows, in this order:
 * <ul>
 *   <li>{@code change}: each field any scenario changes, with its value in each column;</li>
 *   <li>{@code conclusion}: each conclusion type, with its value in each column;</li>
 *   <li>{@code advice}: each advice given in the baseline or any scenario, with its priority in each column
 *       (empty when not given).</li>
 * </ul>
 */
public final class ScenarioCsv {

    private ScenarioCsv() {
    }

    public static String render(ScenarioService.Comparison comparison, Locale locale) {
        KnowledgeBase kb = comparison.knowledgeBase();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(Messages.get(locale, "scenarios.csv.kind"), "id",
                Messages.get(locale, "scenarios.csv.label"), Messages.get(locale, "scenarios.baseline")));
        comparison.outcomes().forEach(o -> header.add(o.variant().name()));
        rows.add(header);

        Set<String> fields = new LinkedHashSet<>();
        comparison.outcomes().forEach(o -> fields.addAll(o.variant().changes().keySet()));
        var baselineProfile = comparison.baseline().profile();
        for (String field : fields) {
            List<String> row = new ArrayList<>(List.of("change", field, ScenarioWords.capitalized(ScenarioWords.label(field, locale)),
                    ProfileValues.currentInWords(field, baselineProfile, locale)));
            for (ScenarioService.Outcome o : comparison.outcomes()) {
                row.add(ProfileValues.currentInWords(field, o.evaluation().profile(), locale));
            }
            rows.add(row);
        }

        Set<String> types = new LinkedHashSet<>(ScenarioDiff.conclusions(comparison.baseline()).keySet());
        comparison.outcomes().forEach(o -> types.addAll(ScenarioDiff.conclusions(o.evaluation()).keySet()));
        for (String type : types) {
            List<String> row = new ArrayList<>(List.of("conclusion", type, ScenarioWords.conclusionType(type, locale),
                    ScenarioWords.conclusion(type, ScenarioDiff.conclusions(comparison.baseline()).get(type), locale)));
            for (ScenarioService.Outcome o : comparison.outcomes()) {
                row.add(ScenarioWords.conclusion(type, ScenarioDiff.conclusions(o.evaluation()).get(type), locale));
            }
            rows.add(row);
        }

        Map<String, Priority> baseline = ScenarioDiff.priorities(comparison.baseline());
        Set<String> ids = new LinkedHashSet<>(baseline.keySet());
        List<Map<String, Priority>> variants = comparison.outcomes().stream().map(o -> ScenarioDiff.priorities(o.evaluation())).toList();
        variants.forEach(v -> ids.addAll(v.keySet()));
        for (String id : ids) {
            List<String> row = new ArrayList<>(List.of("advice", id, ScenarioWords.title(kb, id, locale), priority(baseline.get(id), locale)));
            variants.forEach(v -> row.add(priority(v.get(id), locale)));
            rows.add(row);
        }

        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(field(row.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String priority(Priority priority, Locale locale) {
        return priority == null ? "" : Messages.get(locale, "scenarios.csv.priority." + priority);
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so that spreadsheets do not run it as a formula. */
    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
