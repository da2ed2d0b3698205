package org.cxadvisor.authoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxadvisor.knowledge.DecisionTable;
import org.cxadvisor.knowledge.RuleInfo;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.verifier.Verifier;
import org.drools.verifier.VerifierConfiguration;
import org.drools.verifier.VerifierConfigurationImpl;
import org.drools.verifier.builder.VerifierBuilderFactory;
import org.drools.verifier.components.Pattern;
import org.drools.verifier.components.RuleComponent;
import org.drools.verifier.data.VerifierComponent;
import org.drools.verifier.report.components.Cause;
import org.drools.verifier.report.components.Severity;
import org.drools.verifier.report.components.VerifierMessageBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;

/**
 * The Drools verifier's run for {@code validate}: contradictory conditions and conditions that are always false,
 * one finding per rule, in the words of the rule author.
 */
final class DroolsVerifier {

    private static final List<String> VERIFIER_RULES = List.of("bootstrap-essentials.drl", "incoherence/Patterns.drl",
            "incoherence/Restrictions.drl", "incompatibility/Patterns.drl", "incompatibility/Restrictions.drl",
            "alwaysFalse/Patterns.drl", "alwaysFalse/Rules.drl");

    private DroolsVerifier() {
    }

    /**
     * The verifier with only the analyses validate reports (contradictions and conditions that are always false)
     * and what they build on: a fraction of the default rule base, so it starts in about a second instead of ten.
     */
    static Verifier newVerifier() {
        VerifierConfiguration conf = new VerifierConfigurationImpl();
        for (String drl : VERIFIER_RULES) {
            conf.getVerifyingResources().put(ResourceFactory.newClassPathResource("org/drools/verifier/" + drl,
                    Verifier.class), ResourceType.DRL);
        }
        return VerifierBuilderFactory.newVerifierBuilder().newVerifier(conf);
    }

    /** Verifies the expanded DRL of each file (by path) and disposes of the verifier. */
    static void verify(Verifier verifier, Map<String, String> expanded, List<RuleInfo> rules,
                       List<Finding> findings) {
        try {
            expanded.forEach((path, drl) -> {
                Resource resource = ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8));
                resource.setSourcePath(path);
                verifier.addResourcesToVerify(resource, ResourceType.DRL);
            });
            if (verifier.hasErrors()) {
                return; // the verifier could not read the rules; compilation reports the problems
            }
            verifier.fireAnalysis();
            Set<String> seen = new LinkedHashSet<>();
            // One finding per rule: a contradiction explains most, then a pattern that is always false, then the rule.
            List<VerifierMessageBase> messages = new ArrayList<>(verifier.getResult().getBySeverity(Severity.ERROR));
            messages.sort(Comparator.comparingInt(m -> String.valueOf(m.getMessageType()).equals("INCOHERENCE") ? 0
                    : m.getFaulty() instanceof Pattern ? 1 : 2));
            for (VerifierMessageBase message : messages) {
                String ruleName = ruleOf(message);
                RuleInfo rule = rules.stream().filter(r -> r.name().equals(ruleName)).findFirst().orElse(null);
                if (rule != null && seen.add(rule.name())) {
                    // a table's generated DRL has lines of its own, which the user never sees: the rule's row is its place
                    int line = DecisionTable.isTable(rule.file()) ? rule.line() : lineOf(message.getFaulty(), rule.line());
                    findings.add(Finding.error(rule.file(), line, text(message, rule)));
                }
            }
        } finally {
            verifier.dispose();
        }
    }

    private static String text(VerifierMessageBase message, RuleInfo rule) {
        String type = String.valueOf(message.getMessageType());
        return type.equals("ALWAYS_FALSE") ? "a condition of rule \"" + rule.name()
                + "\" can never be true, so the rule never fires (verifier: " + message.getMessage() + ")"
                : type.equals("INCOHERENCE") ? "rule \"" + rule.name() + "\" asks for things that contradict"
                + " each other (verifier: " + message.getMessage().replace("'are", "' are") + ")"
                : "rule \"" + rule.name() + "\": " + message.getMessage();
    }

    private static String ruleOf(VerifierMessageBase message) {
        if (message.getFaulty() instanceof RuleComponent<?> component) {
            return component.getRuleName();
        }
        return message.getImpactedRules().values().stream().findFirst().orElse("");
    }

    private static int lineOf(Cause faulty, int fallback) {
        if (faulty instanceof VerifierComponent<?> component) {
            BaseDescr descr = component.getDescr();
            if (descr != null && descr.getLine() > 0) {
                return descr.getLine();
            }
        }
        return fallback;
    }
}
