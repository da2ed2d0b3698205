package org.cxadvisor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxadvisor.advice.AdviceReport;
import org.cxadvisor.advice.MarkdownReport;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.ProfileReader;

/** {@code advise PROFILE.json [--lang en|nl] [--format md|json] [--rules DIR]}: the advice report for one profile. */
final class AdviseCommand implements Command {

    @Override
    public String name() {
        return "advise";
    }

    @Override
    public String usage() {
        return "PROFILE.json [--lang en|nl] [--format md|json] [--rules DIR]   the advice report for a profile";
    }

    @Override
    public Set<String> options() {
        return Cli.REPORT_OPTIONS;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        Path file = Cli.onlyFile(args, "profile file");
        Locale locale = Cli.language(args);
        String format = args.choice("format", "md", List.of("md", "json"));
        CompanyProfile profile = ProfileReader.read(Cli.readJson(file));
        AdviceReport report = Cli.evaluationService(Cli.rulesDir(args)).report(profile, locale);
        if (format.equals("json")) {
            out.println(Cli.prettyJson(report));
        } else {
            out.print(MarkdownReport.render(profile.name(), report, locale));
        }
        return 0;
    }
}
