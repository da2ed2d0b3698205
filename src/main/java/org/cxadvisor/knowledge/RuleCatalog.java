package org.cxadvisor.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cxadvisor.profile.ProfileField;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.lang.dsl.DefaultExpanderResolver;

/**
 * Reads every rule's name, place, metadata and the profile fields its conditions use, by parsing the rule
 * files (DSLR files after expansion with the DSL files beside them). Used for {@code GET /api/rules}, open
 * questions, validation and the generated rule reference.
 */
public final class RuleCatalog {

    private static final FileResults<List<RuleInfo>> READ = new FileResults<>();

    private RuleCatalog() {
    }

    public static List<RuleInfo> read(List<RuleFile> files) {
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleFile file : files) {
            if (file.isDrl() || file.isDslr()) {
                rules.addAll(READ.of(file, files, () -> read(file, files)));
            }
        }
        return List.copyOf(rules);
    }

    private static List<RuleInfo> read(RuleFile file, List<RuleFile> files) {
        PackageDescr pkg = parse(file, files);
        return pkg == null ? List.of() : pkg.getRules().stream().map(rule -> describe(file, rule)).toList();
    }

    /** The rule file as plain DRL: DSLR files expanded with every DSL file in the knowledge base. */
    public static String expandedDrl(RuleFile file, List<RuleFile> files) throws DroolsParserException {
        if (!file.isDslr()) {
            return file.content();
        }
        String dsl = files.stream().filter(RuleFile::isDsl).map(RuleFile::content).collect(Collectors.joining("\n"));
        DefaultExpanderResolver resolver;
        try {
            resolver = new DefaultExpanderResolver(new StringReader(dsl));
        } catch (IOException e) {
            throw new DroolsParserException(e.getMessage());
        }
        return new DrlParser().getExpandedDRL(file.content(), resolver);
    }

    private static PackageDescr parse(RuleFile file, List<RuleFile> files) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(false, expandedDrl(file, files));
            return parser.hasErrors() ? null : pkg;
        } catch (DroolsParserException e) {
            // Compilation reports the same problem with its line; the catalog just has no entry for this file.
            return null;
        }
    }

    private static RuleInfo describe(RuleFile file, RuleDescr rule) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            meta.put(annotation.getName(), RuleMetadata.text(annotation.getSingleValueAsString()));
        }
        StringBuilder conditions = new StringBuilder();
        collectConditions(rule.getLhs(), conditions);
        return new RuleInfo(rule.getName(), file.path(), file.sourceLine(rule.getLine()), meta.get(RuleMetadata.CATEGORY),
                meta.get(RuleMetadata.ADVICE), meta.get(RuleMetadata.CONCLUSION), meta.get(RuleMetadata.STRENGTH),
                RuleMetadata.list(meta.get(RuleMetadata.KPOINTS)), RuleMetadata.list(meta.get(RuleMetadata.SOURCE)),
                fieldsIn(conditions.toString()));
    }

    private static void collectConditions(BaseDescr descr, StringBuilder out) {
        if (descr instanceof PatternDescr pattern) {
            out.append(pattern.getObjectType()).append(' ');
            for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                collectConditions(constraint, out);
            }
        } else if (descr instanceof ExprConstraintDescr constraint) {
            out.append(constraint.getExpression()).append(' ');
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                collectConditions(child, out);
            }
        } else if (descr != null) {
            out.append(descr.getText()).append(' ');
        }
    }

    /** Profile fields named in the conditions; naming {@code customerValue} counts for all four parts. */
    static Set<String> fieldsIn(String conditions) {
        Set<String> fields = new TreeSet<>();
        for (ProfileField field : ProfileField.values()) {
            String word = field.key();
            if (Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(conditions).find()) {
                fields.add(field.path());
            }
        }
        return fields;
    }
}
