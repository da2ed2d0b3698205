package org.cxadvisor.advice;

import java.util.List;
import java.util.Locale;
import org.cxadvisor.experiment.ExperimentPlan;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.i18n.Numbers;

/** The experiment plans section of the Markdown report: per plan the test, its numbers and how to run it. */
final class ExperimentMarkdown {

    private ExperimentMarkdown() {
    }

    static void append(StringBuilder md, List<ExperimentPlan> plans, List<AdviceReport.Item> advice, Locale locale) {
        if (plans.isEmpty()) {
            return;
        }
        md.append("\n## ").append(Messages.get(locale, "report.experiments")).append("\n");
        for (ExperimentPlan plan : plans) {
            String title = advice.stream().filter(i -> i.id().equals(plan.adviceId())).map(AdviceReport.Item::title)
                    .findFirst().orElse(plan.adviceId());
            md.append("\n### ").append(Messages.get(locale, "report.experiment.title", title)).append("\n\n");
            md.append("*").append(Messages.get(locale, "report.experiment.hypothesis")).append("* ")
                    .append(plan.hypothesis()).append("\n\n");
            row(md, locale, "change", plan.change());
            row(md, locale, "control", plan.note() == null ? plan.control() : plan.control() + " " + plan.note());
            row(md, locale, "groups", plan.groups());
            row(md, locale, "metric", plan.metric());
            row(md, locale, "segment", plan.segment());
            row(md, locale, "baseline", plan.baseline());
            row(md, locale, "effect", Messages.get(locale, "report.experiment.effect.value",
                    number(plan.baselinePercent(), locale), number(plan.baselinePercent() + plan.minimumEffectPoints(), locale),
                    number(plan.minimumEffectPoints(), locale)));
            row(md, locale, "size", Messages.get(locale, "report.experiment.size.value", plan.sampleSizePerGroup()));
            row(md, locale, "weeks", plan.weeks() == null ? Messages.get(locale, "report.experiment.weeks.unknown")
                    : Boolean.FALSE.equals(plan.feasible()) ? Messages.get(locale, "report.experiment.weeks.tooSmall")
                    : Messages.get(locale, "report.experiment.weeks.value", plan.weeks(), plan.followUpWeeks()));
            if (plan.alternative() != null) {
                md.append("\n**").append(plan.alternative().reason()).append("**\n\n");
                plan.alternative().options().forEach(o -> md.append("- ").append(o).append('\n'));
            }
            md.append("\n*").append(Messages.get(locale, "report.experiment.howToRun")).append("*\n\n");
            for (int i = 0; i < plan.howToRun().size(); i++) {
                md.append(i + 1).append(". ").append(plan.howToRun().get(i)).append('\n');
            }
            md.append("\n").append(plan.basis()).append(" — `").append(plan.adviceId()).append("`\n");
        }
    }

    private static void row(StringBuilder md, Locale locale, String key, String value) {
        md.append("- **").append(Messages.get(locale, "report.experiment." + key)).append("**: ").append(value).append('\n');
    }

    private static String number(double value, Locale locale) {
        return Numbers.ONE_DECIMAL.write(value, locale);
    }
}
