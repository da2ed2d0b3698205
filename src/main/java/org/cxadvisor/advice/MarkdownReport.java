package org.cxadvisor.advice;

import java.util.Locale;
import java.util.stream.Collectors;
import org.cxadvisor.i18n.Messages;

/** An advice report as Markdown, for the command line and for sharing with a client; input is escaped ({@link MarkdownText}). */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(String companyName, AdviceReport report, Locale locale) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Messages.get(locale, "report.title", MarkdownText.escape(companyName))).append("\n\n");
        md.append("## ").append(Messages.get(locale, "report.conclusions")).append("\n\n");
        for (Conclusion c : report.conclusions()) {
            String value = c.value() instanceof String s ? Messages.get(locale, "conclusion." + c.type() + "." + s)
                    : String.valueOf(c.value());
            md.append("- **").append(Messages.get(locale, "conclusion." + c.type())).append("**: ").append(value).append('\n');
        }
        md.append("\n## ").append(Messages.get(locale, "report.advice")).append("\n");
        for (AdviceReport.Item item : report.advice()) {
            md.append("\n### ").append(item.title()).append(" (")
                    .append(Messages.get(locale, "priority." + item.priority())).append(")\n\n");
            md.append(item.summary()).append("\n\n");
            item.actions().forEach(a -> md.append("- ").append(a).append('\n'));
            md.append("\n*").append(Messages.get(locale, "report.why")).append("* ").append(item.rationale()).append("\n\n");
            md.append("*").append(Messages.get(locale, "report.sources")).append("* ")
                    .append(item.sources().stream().map(s -> s.document() + " (" + String.join(", ", s.kpoints()) + ")")
                            .collect(Collectors.joining("; ")))
                    .append(" — `").append(item.id()).append("`\n");
        }
        ExperimentMarkdown.append(md, report.experiments(), report.advice(), locale);
        if (!report.openQuestions().isEmpty()) {
            md.append("\n## ").append(Messages.get(locale, "report.openQuestions")).append("\n\n");
            report.openQuestions().forEach(q -> md.append("- ").append(q.question()).append(" (`").append(q.field()).append("`)\n"));
        }
        md.append("\n---\n").append(Messages.get(locale, "report.footer", report.knowledgeBase().version())).append('\n');
        return md.toString();
    }
}
