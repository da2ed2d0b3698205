package org.cxadvisor.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cxadvisor.i18n.Messages;

/**
 * The executive summary at the top of a report: where the company stands (its quadrant and what its customers
 * seek), what to do first (the NOW items, or the first NEXT item when the foundations are in order), how many
 * strengths it has to keep, and, once, how the rules settled the points where the sources pull against each other
 * for this company (in the words of the rules that concluded it).
 */
final class ReportSummary {

    private ReportSummary() {
    }

    static String write(Evaluation evaluation, List<AdviceReport.Item> items, int strengths, Locale locale) {
        List<String> sentences = new ArrayList<>();
        evaluation.conclusions().stream().filter(c -> c.concluded() instanceof ExperienceQuadrant).findFirst()
                .ifPresent(q -> sentences.add(Messages.get(locale, "report.summary.stands", evaluation.profile().name(),
                        Messages.get(locale, "report.quadrant." + q.value()), evaluation.profile().processValue(),
                        evaluation.profile().entertainmentValue())));
        String focus = conclusion(evaluation, ConclusionType.VALUE_FOCUS, locale);
        if (focus != null) {
            sentences.add(Messages.get(locale, "report.summary.focus", focus,
                    conclusion(evaluation, ConclusionType.STRATEGY_TRACK, locale)));
        }
        List<String> now = items.stream().filter(i -> i.horizon() == Horizon.NOW).map(AdviceReport.Item::title).toList();
        if (!now.isEmpty()) {
            sentences.add(Messages.get(locale, "report.summary.now", now.size(), list(now, locale)));
        } else if (!items.isEmpty()) {
            sentences.add(Messages.get(locale, "report.summary.foundationsInOrder", items.get(0).title()));
        } else {
            sentences.add(Messages.get(locale, "report.summary.noAdvice"));
        }
        if (strengths > 0) {
            sentences.add(Messages.get(locale, "report.summary.strengths", strengths));
        }
        List<String> settled = evaluation.conclusions().stream().filter(Conclusion::reconciles)
                .map(c -> ReportWriter.ruleText(evaluation.knowledgeBase(), c.rule(), locale)).distinct().toList();
        if (!settled.isEmpty()) {
            sentences.add(Messages.get(locale, "report.summary.reconciled", settled.stream()
                    .map(ReportSummary::asSentence).collect(Collectors.joining(" "))));
        }
        return String.join(" ", sentences);
    }

    private static String conclusion(Evaluation evaluation, ConclusionType type, Locale locale) {
        return evaluation.conclusions().stream().filter(c -> c.type().equals(type.name())).findFirst()
                .map(c -> ValueWords.conclusion(c.type(), c.value(), locale)).orElse(null);
    }

    /** "a", "a and b", "a, b and c", with the language's word for "and". */
    private static String list(List<String> titles, Locale locale) {
        String and = " " + Messages.get(locale, "report.summary.and") + " ";
        List<String> quoted = titles.stream().map(t -> "“" + t + "”").toList();
        return quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + and + quoted.get(quoted.size() - 1);
    }

    private static String asSentence(String ruleText) {
        String s = ruleText.strip();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + (s.endsWith(".") ? "" : ".");
    }
}
