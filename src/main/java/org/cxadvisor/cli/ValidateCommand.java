package org.cxadvisor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cxadvisor.authoring.Finding;
import org.cxadvisor.authoring.Validator;
import org.cxadvisor.knowledge.KnowledgeMap;
import org.cxadvisor.knowledge.RuleInfo;

/**
 * {@code validate [DIR] [--verifier on|off]}: compiles and checks the rules; prints {@code file:line: severity: message}
 * lines and a summary with the K-point coverage; exit 1 on errors (warnings do not fail).
 */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "[DIR] [--verifier on|off]   compile and check the rules (default DIR: rules); exit 1 on errors";
    }

    @Override
    public Set<String> options() {
        return Set.of("verifier");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        if (args.positional().size() > 1) {
            throw new UsageException("give at most one rules folder");
        }
        String dir = args.positional().isEmpty() ? Cli.DEFAULT_RULES_DIR : args.positional().get(0);
        boolean verifier = args.choice("verifier", "on", List.of("on", "off")).equals("on");
        long start = System.nanoTime();
        Validator.Report report = Validator.validate(Path.of(dir), verifier);
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        for (Finding finding : report.findings()) {
            out.println(finding.file().equals(".") ? finding.format("").replaceFirst("^\\.", dir) : finding.format(prefix));
        }
        long advice = report.rules().stream().filter(RuleInfo::isAdviceRule).count();
        long classification = report.rules().stream().filter(r -> !r.isAdviceRule() && r.conclusion() != null).count();
        out.println();
        out.printf("Checked %s: %d files, %d rules (%d advice, %d classification)%s in %.1f s.%n", prefix,
                report.files().size(), report.rules().size(), advice, classification,
                verifier ? "" : " without the Drools verifier", (System.nanoTime() - start) / 1e9);
        out.println();
        out.println("K-point coverage (rules carrying each K-point):");
        report.coverage().forEach((k, rules) -> {
            String who = KnowledgeMap.BACKGROUND.contains(k) ? "(background: rationale texts only)"
                    : rules.isEmpty() ? "-- NO RULE --"
                    : rules.size() + ": " + String.join("; ", rules.stream().map(RuleInfo::name).toList());
            out.printf("  %-4s %-19s %s%n", k, KnowledgeMap.documentOf(k).shortName(), who);
        });
        out.println();
        out.println("Actionable K-points without a rule: "
                + (report.uncoveredKpoints().isEmpty() ? "none" : String.join(", ", report.uncoveredKpoints())));
        out.println("Profile fields no rule reads: "
                + (report.unusedFields().isEmpty() ? "none" : String.join(", ", report.unusedFields())));
        out.println();
        out.println(report.errors() + " error(s), " + report.warnings() + " warning(s)."
                + (report.errors() > 0 ? " Fix the errors; the lines above say where." : " The rules are valid."));
        return report.errors() > 0 ? 1 : 0;
    }
}
