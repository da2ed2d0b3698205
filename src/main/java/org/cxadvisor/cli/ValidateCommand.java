package org.cxadvisor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cxadvisor.authoring.Finding;
import org.cxadvisor.authoring.Validator;
import org.cxadvisor.knowledge.KnowledgeMap;
import org.cxadvisor.knowledge.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Compiles and checks the rules; prints {@code file:line: severity: message} lines and a summary with the K-point
 * coverage; exit 1 on errors (warnings do not fail).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compile and check the rules; exit 1 on errors (warnings do not fail).")
final class ValidateCommand implements Callable<Integer> {

    enum Switch { on, off }

    @Mixin
    RulesFolderParameter rules;

    @Option(names = "--verifier", defaultValue = "on", paramLabel = "on|off",
            description = "the Drools verifier's check for contradictions (default: ${DEFAULT-VALUE})")
    Switch verifier;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean verify = verifier == Switch.on;
        long start = System.nanoTime();
        Validator.Report report = Validator.validate(rules.path(), verify);
        String prefix = rules.prefix();
        for (Finding finding : report.findings()) {
            out.println(finding.file().equals(".") ? finding.format("").replaceFirst("^\\.", rules.dir) : finding.format(prefix));
        }
        long advice = report.rules().stream().filter(RuleInfo::isAdviceRule).count();
        long classification = report.rules().stream().filter(r -> !r.isAdviceRule() && r.conclusion() != null).count();
        out.println();
        out.printf("Checked %s: %d files, %d rules (%d advice, %d classification)%s in %.1f s.%n", prefix,
                report.files().size(), report.rules().size(), advice, classification,
                verify ? "" : " without the Drools verifier", (System.nanoTime() - start) / 1e9);
        out.println();
        out.println("K-point coverage (rules carrying each K-point):");
        report.coverage().forEach((k, carriers) -> {
            String who = KnowledgeMap.BACKGROUND.contains(k) ? "(background: rationale texts only)"
                    : carriers.isEmpty() ? "-- NO RULE --"
                    : carriers.size() + ": " + String.join("; ", carriers.stream().map(RuleInfo::name).toList());
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
