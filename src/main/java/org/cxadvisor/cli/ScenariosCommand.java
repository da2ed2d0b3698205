package org.cxadvisor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cxadvisor.advice.ReportWriter;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.ProfileReader;
import org.cxadvisor.scenario.ScenarioCsv;
import org.cxadvisor.scenario.ScenarioMarkdown;
import org.cxadvisor.scenario.ScenarioRequest;
import org.cxadvisor.scenario.ScenarioService;

/**
 * {@code scenarios FILE.json [--format md|csv|json] [--lang en|nl] [--rules DIR]}: compares the variants of a scenario
 * file (the body of {@code POST /api/scenarios}) with its baseline: a Markdown client report, a CSV matrix, or the
 * API's JSON.
 */
final class ScenariosCommand implements Command {

    @Override
    public String name() {
        return "scenarios";
    }

    @Override
    public String usage() {
        return "FILE.json [--format md|csv|json] [--lang en|nl] [--rules DIR]   compare what-if variants with a baseline";
    }

    @Override
    public Set<String> options() {
        return Cli.REPORT_OPTIONS;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        Path file = Cli.onlyFile(args, "scenario file");
        Locale locale = Cli.language(args);
        String format = args.choice("format", "md", List.of("md", "csv", "json"));
        Object json = Cli.readJson(file);
        // errors are printed in English, like every command line error (CommandLine)
        ScenarioRequest.Comparison request = ScenarioRequest.comparison(json, Messages.ENGLISH);
        ScenarioService.Comparison comparison = new ScenarioService(Cli.evaluationService(Cli.rulesDir(args))).compare(request);
        switch (format) {
            case "csv" -> out.print(ScenarioCsv.render(comparison, locale));
            case "json" -> out.println(Cli.prettyJson(asJson(comparison, locale)));
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
