package org.cxadvisor.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxadvisor.profile.ProfileValues;
import org.cxadvisor.advice.Conclusion;
import org.cxadvisor.advice.MarkdownText;
import org.cxadvisor.advice.Priority;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.knowledge.AdviceText;
import org.cxadvisor.knowledge.KnowledgeBase;

/**
 * A scenario comparison as a client report in Markdown: the starting point, then per scenario what changes in
 * the company and what that does to the advice, and a summary table. The page's download and the command line's
 * {@code --format md} both use this. Names and values from the request are escaped ({@link MarkdownText}).
 */
public final class ScenarioMarkdown {

    private ScenarioMarkdown() {
    }

    public static String render(ScenarioService.Comparison comparison, Locale locale) {
        KnowledgeBase kb = comparison.knowledgeBase();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Messages.get(locale, "scenarios.md.title", MarkdownText.escape(comparison.baseline().profile().name()))).append("\n\n");
        md.append(Messages.get(locale, "scenarios.md.intro", comparison.outcomes().size())).append("\n\n");

        md.append("## ").append(Messages.get(locale, "scenarios.md.baseline")).append("\n\n");
        for (Conclusion c : comparison.baseline().conclusions()) {
            md.append("- **").append(ScenarioWords.conclusionType(c.type(), locale)).append("**: ")
                    .append(ScenarioWords.conclusion(c.type(), c.value(), locale)).append('\n');
        }
        md.append('\n').append(Messages.get(locale, "scenarios.md.adviceToday")).append("\n\n");
        Map<String, Priority> today = ScenarioDiff.priorities(comparison.baseline());
        if (today.isEmpty()) {
            md.append(Messages.get(locale, "scenarios.md.noAdvice")).append('\n');
        }
        int n = 1;
        for (Map.Entry<String, Priority> e : today.entrySet()) {
            md.append(n++).append(". **").append(ScenarioWords.title(kb, e.getKey(), locale)).append("** (")
                    .append(Messages.get(locale, "priority." + e.getValue())).append(")\n");
        }

        for (ScenarioService.Outcome outcome : comparison.outcomes()) {
            ScenarioDiff diff = outcome.diff();
            md.append("\n## ").append(Messages.get(locale, "scenarios.md.scenario", MarkdownText.escape(outcome.variant().name()))).append("\n\n");
            md.append("**").append(Messages.get(locale, "scenarios.md.changes")).append("**\n\n");
            if (outcome.variant().changes().isEmpty()) {
                md.append(Messages.get(locale, "scenarios.md.noChanges")).append('\n');
            }
            outcome.variant().changes().forEach((field, value) -> md.append("- ")
                    .append(ScenarioWords.capitalized(ScenarioWords.label(field, locale))).append(": ")
                    .append(MarkdownText.escape(ProfileValues.currentInWords(field, comparison.baseline().profile(), locale)))
                    .append(" → ").append(MarkdownText.escape(ProfileValues.words(field, ScenarioRequest.plain(value), locale))).append('\n'));
            if (diff.nothingChanged()) {
                md.append('\n').append(Messages.get(locale, "scenarios.md.same")).append('\n');
                continue;
            }
            if (!diff.removed().isEmpty()) {
                md.append("\n**").append(Messages.get(locale, "scenarios.md.removed")).append("**\n\n");
                diff.removed().forEach(id -> md.append("- ~~").append(ScenarioWords.title(kb, id, locale)).append("~~\n"));
            }
            if (!diff.added().isEmpty()) {
                md.append("\n**").append(Messages.get(locale, "scenarios.md.added")).append("**\n\n");
                Map<String, Priority> now = ScenarioDiff.priorities(outcome.evaluation());
                diff.added().forEach(id -> md.append("- **").append(ScenarioWords.title(kb, id, locale)).append("** (")
                        .append(Messages.get(locale, "priority." + now.get(id))).append(")").append(summary(kb, id, locale)).append('\n'));
            }
            if (!diff.changedPriority().isEmpty()) {
                md.append("\n**").append(Messages.get(locale, "scenarios.md.priority")).append("**\n\n");
                diff.changedPriority().forEach(p -> md.append("- ").append(ScenarioWords.title(kb, p.id(), locale)).append(": ")
                        .append(Messages.get(locale, "priority." + p.from())).append(" → ")
                        .append(Messages.get(locale, "priority." + p.to())).append('\n'));
            }
            if (!diff.changedConclusions().isEmpty()) {
                md.append("\n**").append(Messages.get(locale, "scenarios.md.conclusions")).append("**\n\n");
                diff.changedConclusions().forEach(c -> md.append("- ").append(ScenarioWords.conclusionType(c.type(), locale))
                        .append(": ").append(ScenarioWords.conclusion(c.type(), c.from(), locale)).append(" → ")
                        .append(ScenarioWords.conclusion(c.type(), c.to(), locale)).append('\n'));
            }
        }

        if (!comparison.outcomes().isEmpty()) {
            md.append("\n## ").append(Messages.get(locale, "scenarios.md.summary")).append("\n\n");
            md.append("| ").append(Messages.get(locale, "scenarios.md.col.scenario")).append(" | ")
                    .append(Messages.get(locale, "scenarios.md.col.removed")).append(" | ")
                    .append(Messages.get(locale, "scenarios.md.col.added")).append(" | ")
                    .append(Messages.get(locale, "scenarios.md.col.priority")).append(" |\n|---|---|---|---|\n");
            for (ScenarioService.Outcome o : comparison.outcomes()) {
                md.append("| ").append(MarkdownText.escape(o.variant().name())).append(" | ").append(titles(kb, o.diff().removed(), locale))
                        .append(" | ").append(titles(kb, o.diff().added(), locale)).append(" | ")
                        .append(titles(kb, o.diff().changedPriority().stream().map(ScenarioDiff.PriorityChange::id).toList(), locale))
                        .append(" |\n");
            }
        }
        md.append("\n---\n").append(Messages.get(locale, "report.footer", kb.version())).append('\n');
        return md.toString();
    }

    private static String summary(KnowledgeBase kb, String id, Locale locale) {
        return kb.texts().text(id, locale.getLanguage()).map(AdviceText::summary).filter(s -> !s.isBlank())
                .map(s -> ": " + s.strip().replaceAll("\\s+", " ")).orElse("");
    }

    private static String titles(KnowledgeBase kb, List<String> ids, Locale locale) {
        if (ids.isEmpty()) {
            return "–";
        }
        List<String> out = new ArrayList<>();
        ids.forEach(id -> out.add(cell(ScenarioWords.title(kb, id, locale))));
        return String.join("<br>", out);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
