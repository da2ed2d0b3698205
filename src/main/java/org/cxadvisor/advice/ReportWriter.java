package org.cxadvisor.advice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxadvisor.experiment.ExperimentPlan;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.knowledge.AdviceText;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeMap;
import org.cxadvisor.knowledge.RuleInfo;
import org.cxadvisor.profile.ProfileField;
import org.cxadvisor.profile.ProfileValues;

/**
 * Turns an {@link Evaluation} into a readable {@link AdviceReport}: advice texts in the chosen language,
 * rationales filled in with this profile's values, sources from the rules' metadata, and open questions
 * for the unknown fields that the rules use; experiment plans where the report advises controlled experiments.
 */
public final class ReportWriter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_.]+)}");

    private ReportWriter() {
    }

    public static AdviceReport write(Evaluation evaluation, Locale locale) {
        KnowledgeBase kb = evaluation.knowledgeBase();
        String language = locale.getLanguage();
        List<AdviceReport.Item> items = evaluation.advice().stream().map(a -> item(evaluation, a, locale)).toList();
        List<ExperimentPlan> experiments = ExperimentPlans.of(evaluation, locale);
        return new AdviceReport(language, evaluation.conclusions(), items,
                ExperimentPlans.withQuestion(openQuestions(evaluation, locale), experiments, evaluation.profile(), locale),
                AdviceReport.Stamp.of(kb), experiments);
    }

    private static AdviceReport.Item item(Evaluation evaluation, Advice advice, Locale locale) {
        KnowledgeBase kb = evaluation.knowledgeBase();
        AdviceText text = kb.texts().text(advice.id(), locale.getLanguage())
                .or(() -> kb.texts().text(advice.id(), Messages.ENGLISH.getLanguage()))
                .orElse(new AdviceText(advice.id(), "", List.of(), ""));
        List<AdviceReport.Source> sources = new ArrayList<>();
        kb.rule(advice.rule()).map(RuleInfo::kpoints).map(KnowledgeMap::bySource)
                .ifPresent(bySource -> bySource.forEach((doc, kpoints) -> sources.add(new AdviceReport.Source(doc, kpoints))));
        return new AdviceReport.Item(advice.id(), advice.category(), advice.priority(), text.title(), text.summary(),
                text.actions(), fill(text.rationale(), evaluation, locale), List.copyOf(sources), advice.rule());
    }

    /** Replaces {field} and {CONCLUSION_TYPE} placeholders with this profile's values, in words. */
    static String fill(String template, Evaluation evaluation, Locale locale) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(valueInWords(m.group(1), evaluation, locale)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String valueInWords(String name, Evaluation evaluation, Locale locale) {
        if (ProfileValues.isKey(name)) {
            return ProfileValues.words(name, ProfileValues.current(name, evaluation.profile()), locale);
        }
        return evaluation.conclusions().stream().filter(c -> c.type().equals(name)).findFirst()
                .map(c -> c.value() instanceof String s ? Messages.get(locale, "conclusion." + name + "." + s)
                        : String.valueOf(c.value()))
                .orElse("{" + name + "}");
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
