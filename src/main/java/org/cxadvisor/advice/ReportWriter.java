package org.cxadvisor.advice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cxadvisor.experiment.ExperimentPlan;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.knowledge.AdviceText;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.StrengthText;
import org.cxadvisor.profile.ProfileField;
import org.cxadvisor.profile.ProfileValues;

/**
 * Turns an {@link Evaluation} into a readable {@link AdviceReport}: texts in the chosen language, rationales and
 * measures filled in with this profile's values, the examples the company's conclusions select added to the
 * actions, sources from the rules' metadata, every rule in the report's language, the executive summary
 * ({@link ReportSummary}) and open questions for the unknown fields that the rules use; experiment plans where the report advises
 * controlled experiments.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    public static AdviceReport write(Evaluation evaluation, Locale locale) {
        KnowledgeBase kb = evaluation.knowledgeBase();
        String language = locale.getLanguage();
        List<AdviceReport.ConclusionItem> conclusions = evaluation.conclusions().stream()
                .map(c -> new AdviceReport.ConclusionItem(c.type(), c.value(), c.rule(), ruleText(kb, c.rule(), locale)))
                .toList();
        Set<String> concluded = new HashSet<>();
        evaluation.conclusions().forEach(c -> concluded.add(String.valueOf(c.value())));
        List<AdviceReport.Item> items = evaluation.advice().stream().map(a -> item(evaluation, a, concluded, locale)).toList();
        Map<String, AdviceReport.StrengthItem> strengths = new LinkedHashMap<>();
        evaluation.strengths().forEach(s -> strengths.computeIfAbsent(s.id(), id -> strength(kb, s, locale)));
        List<ExperimentPlan> experiments = ExperimentPlans.of(evaluation, locale);
        return new AdviceReport(language, ReportSummary.write(evaluation, items, strengths.size(), locale),
                conclusions, items, List.copyOf(strengths.values()),
                ExperimentPlans.withQuestion(openQuestions(evaluation, locale), experiments, evaluation.profile(), locale),
                AdviceReport.Stamp.of(kb), experiments);
    }

    /** The rule's sentence in the report's language; its name if the texts have none. */
    static String ruleText(KnowledgeBase kb, String rule, Locale locale) {
        return kb.texts().ruleText(rule, locale.getLanguage()).orElse(rule);
    }

    private static AdviceReport.Item item(Evaluation evaluation, Advice advice, Set<String> concluded, Locale locale) {
        KnowledgeBase kb = evaluation.knowledgeBase();
        AdviceText text = kb.texts().text(advice.id(), locale.getLanguage())
                .or(() -> kb.texts().text(advice.id(), Messages.ENGLISH.getLanguage()))
                .orElse(new AdviceText(advice.id(), "", List.of(), "", "", Map.of()));
        List<AdviceReport.Source> sources = new ArrayList<>();
        kb.sources(advice.rule()).forEach((doc, kpoints) -> sources.add(new AdviceReport.Source(doc, kpoints)));
        List<String> actions = new ArrayList<>(text.actions());
        text.examples().forEach((when, example) -> {
            if (concluded.contains(when)) {
                actions.add(example);
            }
        });
        return new AdviceReport.Item(advice.id(), advice.category(), advice.priority(), advice.horizon(), text.title(),
                text.summary(), List.copyOf(actions), fill(text.rationale(), evaluation, locale),
                fill(text.measure(), evaluation, locale), List.copyOf(sources), advice.rule(),
                ruleText(kb, advice.rule(), locale));
    }

    private static AdviceReport.StrengthItem strength(KnowledgeBase kb, Strength strength, Locale locale) {
        StrengthText text = kb.texts().strength(strength.id(), locale.getLanguage())
                .or(() -> kb.texts().strength(strength.id(), Messages.ENGLISH.getLanguage()))
                .orElse(new StrengthText(strength.id(), ""));
        return new AdviceReport.StrengthItem(strength.id(), text.title(), text.summary(),
                ruleText(kb, strength.rule(), locale));
    }

    /** Replaces {field} and {CONCLUSION_TYPE} placeholders with this profile's values, in words. */
    static String fill(String template, Evaluation evaluation, Locale locale) {
        return evaluation.knowledgeBase().texts().template(template).fill(name -> valueInWords(name, evaluation, locale));
    }

    private static String valueInWords(String name, Evaluation evaluation, Locale locale) {
        String today = ProfileValues.currentInWords(name, evaluation.profile(), locale);
        if (today != null) {
            return today;
        }
        for (Conclusion c : evaluation.conclusions()) {
            if (c.type().equals(name)) {
                return ValueWords.conclusion(c.type(), c.value(), locale);
            }
        }
        return ConclusionType.byName(name).isPresent() ? Messages.get(locale, "value.unknown") : "{" + name + "}";
    }

    private static List<AdviceReport.OpenQuestion> openQuestions(Evaluation evaluation, Locale locale) {
        Set<String> used = evaluation.knowledgeBase().fieldsRead();
        Set<String> asked = new LinkedHashSet<>();
        List<AdviceReport.OpenQuestion> questions = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            if (field.required() || field.read(evaluation.profile()) != null || !used.contains(field.path())) {
                continue;
            }
            String key = field.key();
            if (asked.add(key)) {
                questions.add(new AdviceReport.OpenQuestion(key, Messages.get(locale, "question." + key)));
            }
        }
        return List.copyOf(questions);
    }
}
