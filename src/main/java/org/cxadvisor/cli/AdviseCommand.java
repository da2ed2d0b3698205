package org.cxadvisor.cli;

import java.util.concurrent.Callable;
import org.cxadvisor.advice.AdviceReport;
import org.cxadvisor.advice.MarkdownReport;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.ProfileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "advise", mixinStandardHelpOptions = true, description = "The advice report for a company profile (FILE.json), e.g. rules/examples/pub.json.")
final class AdviseCommand implements Callable<Integer> {

    enum Format { md, json }

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|json", description = "Markdown or JSON (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() throws Exception {
        CompanyProfile profile = ProfileReader.read(report.readJson());
        AdviceReport result = Engine.evaluationService(report.rules).report(profile, report.locale());
        if (format == Format.json) {
            report.out().println(ReportOptions.prettyJson(result));
        } else {
            report.out().print(MarkdownReport.render(profile.name(), result, report.locale()));
        }
        return 0;
    }
}
