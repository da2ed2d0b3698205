package org.cxadvisor.scenario;

import java.util.List;
import java.util.Locale;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.knowledge.AdviceText;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.profile.ProfileField;
import org.cxadvisor.profile.ProfileValues;

/** Scenario facts in plain words, for the page, the Markdown report and the CSV: field labels, values, counterfactuals. */
public final class ScenarioWords {

    private ScenarioWords() {
    }

    /**
     * The field's short noun label ({@code field.<path>.short}: "employee engagement"), not the intake form's
     * question. Every profile field has one in both languages (IntakeLabelsTest).
     */
    public static String label(String path, Locale locale) {
        return Messages.get(locale, "field." + path + ".short");
    }

    /** A label at the start of a line or list item: "Employee engagement". */
    public static String capitalized(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    /** A conclusion value in words (the report's conclusion texts); numbers as they are; none when absent. */
    public static String conclusion(String type, Object value, Locale locale) {
        if (value == null) {
            return Messages.get(locale, "scenarios.none");
        }
        if (value instanceof String s) {
            String key = "conclusion." + type + "." + s;
            String words = Messages.get(locale, key);
            return words.equals(key) ? s : words;
        }
        return String.valueOf(value);
    }

    public static String conclusionType(String type, Locale locale) {
        String key = "conclusion." + type;
        String words = Messages.get(locale, key);
        return words.equals(key) ? type : words;
    }

    /** The advice's title in the language (English, then the id, when missing). */
    public static String title(KnowledgeBase kb, String adviceId, Locale locale) {
        return kb.texts().text(adviceId, locale.getLanguage())
                .or(() -> kb.texts().text(adviceId, "en")).map(AdviceText::title)
                .filter(t -> !t.isBlank()).orElse(adviceId);
    }

    /** "Would disappear if employee engagement were 4 or more." */
    public static String counterfactual(Counterfactuals.Counterfactual cf, Locale locale) {
        Object value = cf.changes().get(cf.field());
        String words = ProfileValues.words(cf.field(), value, locale);
        String range = range(cf, value);
        if (range != null) {
            words = Messages.get(locale, "scenarios.cf." + range, words);
        }
        String label = label(cf.field(), locale);
        if (label.length() > 1 && !Character.isUpperCase(label.charAt(1))) {
            label = Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return Messages.get(locale, "scenarios.cf." + cf.effect(), label, words);
    }

    /** "orMore" / "orLess" when every tried value beyond the chosen one has the same effect. */
    private static String range(Counterfactuals.Counterfactual cf, Object value) {
        ProfileField field = ProfileField.byPath(cf.field()).orElse(null);
        if (field == null || !(value instanceof Number chosen) || cf.values().size() < 2) {
            return null;
        }
        List<Double> values = cf.values().stream().map(v -> ((Number) v).doubleValue()).toList();
        double v = chosen.doubleValue();
        double from = cf.from() instanceof Number n ? n.doubleValue() : Double.NaN;
        if (!field.type().domain().isEmpty()) {
            List<Double> above = field.type().domain().stream().map(d -> ((Number) d).doubleValue())
                    .filter(d -> d >= v && d != from).toList();
            List<Double> below = field.type().domain().stream().map(d -> ((Number) d).doubleValue())
                    .filter(d -> d <= v && d != from).toList();
            if (values.equals(above) && v < field.max()) {
                return "orMore";
            }
            if (values.equals(below) && v > field.min()) {
                return "orLess";
            }
            return null;
        }
        if (values.get(0) == v && values.get(values.size() - 1) == field.max()) {
            return "orMore";
        }
        if (values.get(values.size() - 1) == v && values.get(0) == field.min()) {
            return "orLess";
        }
        return null;
    }
}
