package org.cxadvisor.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxadvisor.advice.AdviceReport;
import org.cxadvisor.advice.MarkdownReport;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.ProfileReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

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
        return Set.of("lang", "format", Cli.RULES_OPTION);
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException("give exactly one profile file");
        }
        Locale locale = Messages.supported(args.choice("lang", "en", List.of("en", "nl")));
        String format = args.choice("format", "md", List.of("md", "json"));
        CompanyProfile profile = ProfileReader.read(JsonText.parse(Files.readAllBytes(Path.of(args.positional().get(0)))));
        AdviceReport report = Cli.evaluationService(Cli.rulesDir(args)).report(profile, locale);
        if (format.equals("json")) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(report));
        } else {
            out.print(MarkdownReport.render(profile.name(), report, locale));
        }
        return 0;
    }
}
