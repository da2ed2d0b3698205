package org.cxadvisor.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.i18n.Numbers;
import org.cxadvisor.profile.CompanyProfile;

/** Puts one plan into words in the report's language: the catalog's texts filled in, and how to run it. */
final class PlanWriter {

    private final CompanyProfile profile;
    private final ExperimentCatalog catalog;
    private final Locale locale;
    private final String language;

    PlanWriter(CompanyProfile profile, ExperimentCatalog catalog, Locale locale) {
        this.profile = profile;
        this.catalog = catalog;
        this.locale = locale;
        this.language = locale.getLanguage();
    }

    ExperimentPlan write(String adviceId, Design design, Metric metric, Group group, PlanNumbers n) {
        Texts texts = design.texts();
        String population = texts.get(language, "population");
        String metricText = metric.texts().get(language, "name") + ": " + metric.texts().get(language, "definition");
        String segments = catalog.segments().containsKey(profile.market())
                ? catalog.segments().get(profile.market()).get(language, "text") : "";
        String segment = Messages.get(locale, "experiment.segment", population, segments);
        String baseline = n.ownBaseline()
                ? Messages.get(locale, "experiment.baseline.own", number(n.baselinePercent()),
                        Messages.get(locale, "field." + metric.field()))
                : metric.texts().get(language, "assumption");
        String control = texts.get(language, "control");
        String note = group.basicsProtected() ? group.texts().get(language, "controlNote") : null;
        String groups = group.texts().get(language, "unit") + ". " + group.texts().get(language, "howToDraw");
        List<String> howToRun = Boolean.FALSE.equals(n.feasible()) ? beforeAfter(population, metric) : List.of(
                Messages.get(locale, "experiment.howto.prepare"),
                Messages.get(locale, "experiment.howto.draw", groups),
                n.weeks() == null ? Messages.get(locale, "experiment.howto.fill.unknown", n.perGroup())
                        : Messages.get(locale, "experiment.howto.fill", n.perGroup(), n.weeks(), profile.customersPerMonth()),
                Messages.get(locale, "experiment.howto.measure", metric.texts().get(language, "definition"),
                        metric.followUpWeeks()),
                Messages.get(locale, "experiment.howto.decide", number(Math.abs(n.effectPoints())), segments));
        String hypothesis = texts.get(language, "hypothesis").replace("{outcome}", metric.texts().get(language, "outcome"));
        return new ExperimentPlan(adviceId, fill(hypothesis, n), texts.get(language, "change"),
                control, metricText, segment, n.baselinePercent(), n.effectPoints(), n.perGroup(), n.weeks(),
                baseline, groups, note, metric.followUpWeeks(), n.feasible(),
                Boolean.FALSE.equals(n.feasible()) ? alternative(n, group, population, metric) : null,
                howToRun, Messages.get(locale, "experiment.basis"));
    }

    /** Too small for a control group: the steps of the before/after comparison instead of a test that cannot answer. */
    private List<String> beforeAfter(String population, Metric metric) {
        String measure = metric.texts().get(language, "name");
        return List.of(Messages.get(locale, "experiment.howto.beforeAfter.prepare", measure),
                Messages.get(locale, "experiment.howto.beforeAfter.change", population),
                Messages.get(locale, "experiment.howto.beforeAfter.compare"));
    }

    private ExperimentPlan.Alternative alternative(PlanNumbers n, Group group, String population, Metric metric) {
        String reason = group.recurring()
                ? Messages.get(locale, "experiment.tooSmall.accounts", Math.round(n.capacity()), 2 * n.perGroup(),
                        catalog.maxWeeks())
                : Messages.get(locale, "experiment.tooSmall.weeks", profile.customersPerMonth(), n.perGroup(),
                        n.weeks(), catalog.maxWeeks());
        List<String> options = new ArrayList<>();
        options.add(n.largerEffectPoints() == null ? Messages.get(locale, "experiment.alternative.noLarger")
                : Messages.get(locale, "experiment.alternative.larger", number(Math.abs(n.largerEffectPoints())),
                        n.largerEffectPerGroup(), number(n.baselinePercent() + n.largerEffectPoints())));
        if (n.longerWeeks() != null) {
            options.add(Messages.get(locale, "experiment.alternative.longer", n.longerWeeks()));
        }
        options.add(Messages.get(locale, "experiment.alternative.beforeAfter", population,
                metric.texts().get(language, "name")));
        return new ExperimentPlan.Alternative(reason, n.largerEffectPoints(), n.largerEffectPerGroup(), n.longerWeeks(),
                List.copyOf(options));
    }

    private String fill(String template, PlanNumbers n) {
        return template.replace("{company}", profile.name())
                .replace("{baseline}", number(n.baselinePercent()))
                .replace("{target}", number(n.baselinePercent() + n.effectPoints()));
    }

    private String number(double value) {
        return Numbers.ONE_DECIMAL.write(value, locale);
    }
}
