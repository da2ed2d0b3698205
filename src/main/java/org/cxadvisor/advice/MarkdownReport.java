package org.cxadvisor.advice;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cxadvisor.i18n.Messages;

/**
 * An advice report as Markdown, for the command line and for sharing with a client: the summary, the conclusions,
 * the roadmap (NOW, NEXT, LATER), the strengths to keep and the open questions, each item with its rule. What the
 * user typed is escaped ({@link MarkdownText}).
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(String companyName, AdviceReport report, Locale locale) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Messages.get(locale, "report.title", MarkdownText.escape(companyName))).append("\n\n");
        md.append("## ").append(Messages.get(locale, "report.summaryHeading")).append("\n\n");
        md.append(MarkdownText.escape(report.summary())).append("\n\n");
        md.append("## ").append(Messages.get(locale, "report.conclusions")).append("\n\n");
        for (AdviceReport.ConclusionItem c : report.conclusions()) {
            md.append("- **").append(Messages.get(locale, "conclusion." + c.type())).append("**: ")
                    .append(ValueWords.conclusion(c.type(), c.value(), locale)).append(" — *").append(c.ruleText()).append("*\n");
        }
        md.append("\n## ").append(Messages.get(locale, "report.advice")).append("\n\n");
        md.append('*').append(Messages.get(locale, "report.actionsNote")).append("*\n");
        int n = 1;
        for (Horizon horizon : Horizon.values()) {
            List<AdviceReport.Item> items = report.advice().stream().filter(i -> i.horizon() == horizon).toList();
            if (!items.isEmpty()) {
                md.append("\n### ").append(Messages.get(locale, "report.advice." + horizon)).append('\n');
            }
            for (AdviceReport.Item item : items) {
                item(md, n++, item, locale);
            }
        }
        md.append("\n## ").append(Messages.get(locale, "report.strengths")).append("\n\n");
        if (report.strengths().isEmpty()) {
            md.append(Messages.get(locale, "report.noStrengths")).append('\n');
        }
        report.strengths().forEach(s -> md.append("- **").append(s.title()).append("** ").append(s.summary())
                .append(" *").append(Messages.get(locale, "report.rule")).append(' ').append(s.ruleText()).append("*\n"));
        ExperimentMarkdown.append(md, report.experiments(), report.advice(), locale);
        if (!report.openQuestions().isEmpty()) {
            md.append("\n## ").append(Messages.get(locale, "report.openQuestions")).append("\n\n");
            report.openQuestions().forEach(q -> md.append("- ").append(q.question()).append(" (`").append(q.field()).append("`)\n"));
        }
        md.append("\n---\n").append(Messages.get(locale, "report.footer", report.knowledgeBase().version())).append('\n');
        return md.toString();
    }

    private static void item(StringBuilder md, int n, AdviceReport.Item item, Locale locale) {
        md.append("\n#### ").append(n).append(". ").append(item.title()).append(" (")
                .append(Messages.get(locale, "priority." + item.priority())).append(")\n\n");
        md.append(item.summary()).append("\n\n");
        item.actions().forEach(a -> md.append("- ").append(a).append('\n'));
        md.append("\n*").append(Messages.get(locale, "report.measure")).append("* ").append(item.measure()).append("\n\n");
        md.append("*").append(Messages.get(locale, "report.why")).append("* ").append(item.rationale()).append("\n\n");
        md.append("*").append(Messages.get(locale, "report.sources")).append("* ")
                .append(item.sources().stream().map(s -> s.document() + " (" + String.join(", ", s.kpoints()) + ")")
                        .collect(Collectors.joining("; ")))
                .append(" — `").append(item.id()).append("`\n\n");
        md.append("*").append(Messages.get(locale, "report.rule")).append("* ").append(item.ruleText()).append('\n');
    }
}
