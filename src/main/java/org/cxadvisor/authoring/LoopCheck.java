package org.cxadvisor.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Finds rules that may keep re-firing: a rule whose {@code then} part modifies a fact its own conditions match,
 * or inserts a fact of a type its own conditions match, without a guard ({@code no-loop}, {@code lock-on-active},
 * or a {@code not} / {@code exists} condition). A conclusion of another type than the one the conditions ask for
 * is no loop. The engine stops such a rule at run time (firing limit and time budget); this says so beforehand.
 */
final class LoopCheck {

    private static final Pattern MODIFY = Pattern.compile("\\b(?:modify|update|retract|delete)\\s*\\(\\s*(\\$\\w+)");
    private static final Pattern INSERT = Pattern.compile(
            "\\binsert(?:Logical)?\\s*\\(\\s*(?:new\\s+)?([A-Z]\\w*)\\s*(?:\\.\\s*of\\s*\\(\\s*kcontext\\s*,\\s*(?:\"([^\"]*)\"|([A-Z]\\w*)\\.))?");
    /** The conclusion a condition asks for: a type name in quotes, or the enum of a typed value. */
    private static final Pattern TYPE_CONSTRAINT = Pattern.compile(
            "\\btype\\s*==\\s*\"([^\"]*)\"|\\bconcluded\\s*(?:==|!=|(?:not\\s+)?in\\s*\\()\\s*([A-Z]\\w*)\\.");

    /** A pattern of the rule's conditions: its type, binding and constraints, and whether it is a guard. */
    private record Cond(String type, String binding, String constraints, int line) {
    }

    private LoopCheck() {
    }

    /** One warning per suspicious rule: (rule line, message). */
    static List<Map.Entry<Integer, String>> check(PackageDescr pkg) {
        List<Map.Entry<Integer, String>> warnings = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            if (rule.getAttributes().containsKey("no-loop") || rule.getAttributes().containsKey("lock-on-active")) {
                continue;
            }
            List<Cond> positive = new ArrayList<>();
            boolean[] guarded = {false};
            collect(rule.getLhs(), positive, guarded);
            if (guarded[0]) {
                continue;
            }
            String then = String.valueOf(rule.getConsequence());
            Map<String, Cond> byBinding = new HashMap<>();
            positive.stream().filter(c -> c.binding() != null).forEach(c -> byBinding.put(c.binding(), c));
            String reason = null;
            Matcher modify = MODIFY.matcher(then);
            while (reason == null && modify.find()) {
                Cond cond = byBinding.get(modify.group(1));
                if (cond != null && !modify.group(0).startsWith("retract") && !modify.group(0).startsWith("delete")) {
                    reason = "its then part changes " + modify.group(1) + " (" + cond.type()
                            + "), which its own conditions match";
                }
            }
            Matcher insert = INSERT.matcher(then);
            while (reason == null && insert.find()) {
                String type = insert.group(1);
                String conclusionType = insert.group(2) != null ? insert.group(2) : insert.group(3);
                for (Cond cond : positive) {
                    if (!simple(cond.type()).equals(type)) {
                        continue;
                    }
                    Matcher asked = TYPE_CONSTRAINT.matcher(cond.constraints());
                    if (conclusionType != null && asked.find()
                            && !conclusionType.equals(asked.group(1) != null ? asked.group(1) : asked.group(2))) {
                        continue; // concludes another type than it reads: no loop
                    }
                    reason = "its then part inserts a new " + type + ", which its own conditions match";
                    break;
                }
            }
            if (reason != null) {
                warnings.add(Map.entry(rule.getLine(), "rule \"" + rule.getName() + "\" may keep firing: " + reason
                        + ". Add a guard: the attribute no-loop, or a 'not' condition that the new fact ends."));
            }
        }
        return warnings;
    }

    private static void collect(BaseDescr descr, List<Cond> positive, boolean[] guarded) {
        if (descr instanceof NotDescr || descr instanceof ExistsDescr) {
            guarded[0] = true;
        } else if (descr instanceof AndDescr and) {
            and.getDescrs().forEach(d -> collect(d, positive, guarded));
        } else if (descr instanceof PatternDescr pattern) {
            StringBuilder constraints = new StringBuilder();
            pattern.getConstraint().getDescrs().forEach(c -> constraints.append(
                    c instanceof org.drools.drl.ast.descr.ExprConstraintDescr e ? e.getExpression() : c.getText()).append(' '));
            positive.add(new Cond(pattern.getObjectType(), pattern.getIdentifier(), constraints.toString(), pattern.getLine()));
            // accumulate( Conclusion(...), count(1) ): a new fact its input matches changes the result and re-fires it.
            if (pattern.getSource() instanceof org.drools.drl.ast.descr.AccumulateDescr accumulate
                    && accumulate.getInput() != null) {
                collect(accumulate.getInput(), positive, guarded);
            }
        } else if (descr instanceof org.drools.drl.ast.descr.ConditionalElementDescr element) {
            element.getDescrs().forEach(d -> collect(d, positive, guarded));
        }
    }

    private static String simple(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }
}
