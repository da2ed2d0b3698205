package org.cxadvisor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cxadvisor.advice.ReportWriter;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.ProfileReader;
import org.cxadvisor.scenario.ScenarioCsv;
import org.cxadvisor.scenario.ScenarioMarkdown;
import org.cxadvisor.scenario.ScenarioRequest;
import org.cxadvisor.scenario.ScenarioService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Compares the variants of a scenario file (the body of {@code POST /api/scenarios}) with its baseline: a Markdown
 * client report, a CSV matrix, or the API's JSON.
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "Compare the what-if variants of a scenario file (FILE.json, e.g."
        + " docs/examples/scenarios/price-fighter.json) with their baseline.")
final class ScenariosCommand implements Callable<Integer> {

    enum Format { md, csv, json }

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|csv|json", description = "Markdown, CSV or JSON (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() throws Exception {
        Object json = report.readJson();
        // errors are printed in English, like every command line error (Cli)
        ScenarioRequest.Comparison request = ScenarioRequest.comparison(json, Messages.ENGLISH);
        ScenarioService.Comparison comparison = new ScenarioService(Engine.evaluationService(report.rules)).compare(request);
        Locale locale = report.locale();
        PrintWriter out = report.out();
        switch (format) {
            case csv -> out.print(ScenarioCsv.render(comparison, locale));
            case json -> out.println(ReportOptions.prettyJson(asJson(comparison, locale)));
            default -> out.print(ScenarioMarkdown.render(comparison, locale));
        }
        return 0;
    }

    /** The same shape as the answer of POST /api/scenarios. */
    private static Map<String, Object> asJson(ScenarioService.Comparison comparison, Locale locale) {
        List<Map<String, Object>> variants = new ArrayList<>();
        for (ScenarioService.Outcome o : comparison.outcomes()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("name", o.variant().name());
            v.put("changes", o.variant().changes());
            v.put("profile", ProfileReader.toJson(o.variant().profile()));
            v.put("report", ReportWriter.write(o.evaluation(), locale));
            v.put("diff", o.diff());
            variants.add(v);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("baseline", ReportWriter.write(comparison.baseline(), locale));
        json.put("variants", variants);
        return json;
    }
}
