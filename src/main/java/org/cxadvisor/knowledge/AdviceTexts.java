package org.cxadvisor.knowledge;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cxadvisor.i18n.TextTemplate;

/**
 * All texts of a knowledge base, read from the {@code *.texts.yaml} files by {@link TextsReader}: per advice id and
 * language the advice's words; per strength id its title and summary; per rule its sentence in Dutch (and in
 * English when the rule's name is not the English sentence).
 * <pre>
 * select-on-attitude:
 *   en:
 *     title: ...
 *     summary: ...
 *     actions: [ ..., ... ]
 *     rationale: Employee engagement is {employeeEngagement} out of 5 ...
 *     measure: ...
 *     examples: {CARE_AND_PUBLIC: ..., BUSINESS: ...}   # optional
 *   nl:
 *     ...
 * sincere-ambassadors:            # a strength: title and summary only
 *   en: {title: ..., summary: ...}
 *   nl: {title: ..., summary: ...}
 * ruleTexts:
 *   Customer-facing people are not selected on attitude and fit:
 *     nl: Medewerkers met klantcontact worden niet geselecteerd op houding en klik
 * </pre>
 */
public final class AdviceTexts {

    public static final Set<String> LANGUAGES = Set.of("en", "nl");
    /** The key under which a texts file gives its rules' sentences. */
    public static final String RULE_TEXTS = "ruleTexts";

    private final Map<String, Map<String, AdviceText>> advice;
    private final Map<String, Map<String, StrengthText>> strengths;
    private final Map<String, Map<String, String>> ruleTexts;
    private final Map<String, String> fileOf;
    /** Every rationale and measure, split into parts once per generation: reports only fill them in. */
    private final Map<String, TextTemplate> templates = new HashMap<>();

    AdviceTexts(Map<String, Map<String, AdviceText>> advice, Map<String, Map<String, StrengthText>> strengths,
                Map<String, Map<String, String>> ruleTexts, Map<String, String> fileOf) {
        this.advice = advice;
        this.strengths = strengths;
        this.ruleTexts = ruleTexts;
        this.fileOf = fileOf;
        advice.values().forEach(byLanguage -> byLanguage.values().forEach(text -> {
            templates.computeIfAbsent(text.rationale(), TextTemplate::parse);
            templates.computeIfAbsent(text.measure(), TextTemplate::parse);
        }));
    }

    /** Reads every texts file; malformed or incomplete entries are errors with file and line. */
    public static AdviceTexts read(List<RuleFile> files, List<RuleError> errors) {
        return TextsReader.read(files, errors);
    }

    public Optional<AdviceText> text(String adviceId, String language) {
        return Optional.ofNullable(advice.getOrDefault(adviceId, Map.of()).get(language));
    }

    public Optional<StrengthText> strength(String strengthId, String language) {
        return Optional.ofNullable(strengths.getOrDefault(strengthId, Map.of()).get(language));
    }

    /** The rule's sentence in the language; in English the rule's name unless the texts give another. */
    public Optional<String> ruleText(String ruleName, String language) {
        String text = ruleTexts.getOrDefault(ruleName, Map.of()).get(language);
        return Optional.ofNullable(text == null && language.equals("en") ? ruleName : text);
    }

    /** A rationale or measure of these texts in parts; any other text is split on the spot. */
    public TextTemplate template(String text) {
        TextTemplate template = templates.get(text);
        return template != null ? template : TextTemplate.parse(text);
    }

    /** Rule names that have sentences in the texts files. */
    public Set<String> ruleNames() {
        return ruleTexts.keySet();
    }

    /** Advice and strength ids with texts. */
    public Set<String> adviceIds() {
        Set<String> ids = new java.util.LinkedHashSet<>(advice.keySet());
        ids.addAll(strengths.keySet());
        return ids;
    }

    public boolean isStrength(String id) {
        return strengths.containsKey(id);
    }

    public Set<String> languages(String id) {
        return advice.containsKey(id) ? advice.get(id).keySet() : strengths.getOrDefault(id, Map.of()).keySet();
    }

    /** The file that defines an advice id, strength id or rule text. */
    public String fileOf(String id) {
        return fileOf.get(id);
    }

    static <V> Map<String, Map<String, V>> map() {
        return new LinkedHashMap<>();
    }
}
