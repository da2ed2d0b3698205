package org.cxadvisor.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;

/**
 * Drools reports a Java compile error in a rule's {@code then} part at the rule's first line. A business user
 * needs the line with the mistake. When there are such errors, this compiles the files once more with a
 * {@link KnowledgeBuilder}, whose errors keep the Java compiler's problems, and maps each problem's line in the
 * generated consequence method back to the line in the DRL or DSLR file.
 *
 * <p>Drools generates the consequence method with a fixed header of {@value #HEADER_LINES} lines (package,
 * imports, class, serial id, blank, signature, {@code kcontext}, {@code drools}) followed by the consequence text
 * with its leading blank lines dropped, line for line. DSL expansion keeps lines too. A problem that maps outside
 * the rule (e.g. in the header) keeps the rule's first line.
 */
final class ConsequenceErrors {

    static final String MARKER = "Rule Compilation error";
    static final int HEADER_LINES = 8;

    private ConsequenceErrors() {
    }

    /** {@code errors} with every "Rule Compilation error" replaced by one error per problem, at its own line. */
    static List<RuleError> placeAtTheirLines(List<RuleError> errors, List<RuleFile> files) {
        if (errors.stream().noneMatch(e -> e.message().startsWith(MARKER))) {
            return errors;
        }
        List<RuleError> precise;
        try {
            precise = consequenceProblems(files);
        } catch (RuntimeException e) {
            return errors; // the general message is still right, only less precise
        }
        if (precise.isEmpty()) {
            return errors;
        }
        List<RuleError> result = new ArrayList<>();
        errors.stream().filter(e -> !e.message().startsWith(MARKER)).forEach(result::add);
        result.addAll(precise);
        return result;
    }

    private static List<RuleError> consequenceProblems(List<RuleFile> files) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile file : files) {
            ResourceType type = file.isDrl() ? ResourceType.DRL : file.isDsl() ? ResourceType.DSL
                    : file.isDslr() ? ResourceType.DSLR : null;
            if (type != null) {
                Resource resource = ResourceFactory.newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8));
                resource.setSourcePath(file.path());
                batch.add(resource, type);
            }
        }
        batch.build();
        List<RuleError> precise = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(org.kie.internal.builder.ResultSeverity.ERROR)) {
            if (result instanceof RuleBuildError error && error.getObject() instanceof CompilationProblem[] problems
                    && error.getDescr() instanceof RuleDescr rule) {
                String file = error.getResource() == null ? "" : error.getResource().getSourcePath();
                for (CompilationProblem problem : problems) {
                    if (problem.isError()) {
                        precise.add(new RuleError(file, line(rule, problem.getStartLine(), source(files, file)),
                                "in the then part of rule \"" + rule.getName() + "\": " + RuleErrorText.tidy(problem.getMessage())));
                    }
                }
            }
        }
        return precise;
    }

    private static String source(List<RuleFile> files, String path) {
        for (RuleFile file : files) {
            if (file.path().equals(path)) {
                try {
                    return RuleCatalog.expandedDrl(file, files);
                } catch (Exception e) {
                    return file.content();
                }
            }
        }
        return "";
    }

    /**
     * The DRL line of a line in the generated consequence method. The consequence text starts on the first
     * non-blank line from the {@code then} keyword on; {@code source} is the (expanded) text of the rule's file.
     */
    static int line(RuleDescr rule, int javaLine, String source) {
        String[] lines = source.split("\n", -1);
        int thenLine = rule.getConsequenceLine();
        int first = thenLine;
        if (thenLine >= 1 && thenLine <= lines.length) {
            String rest = lines[thenLine - 1];
            int then = rest.indexOf("then");
            rest = then >= 0 ? rest.substring(then + 4) : rest;
            while (rest.isBlank() && first < lines.length) {
                rest = lines[first];
                first++;
            }
        }
        int line = first + (javaLine - HEADER_LINES - 1);
        boolean inRule = javaLine > HEADER_LINES && line >= thenLine
                && (rule.getEndLine() <= 0 || line <= rule.getEndLine());
        return inRule ? line : rule.getLine();
    }
}
