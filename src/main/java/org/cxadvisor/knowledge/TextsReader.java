package org.cxadvisor.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads the {@code *.texts.yaml} files into {@link AdviceTexts}; each mistake is an error at its file and line. */
final class TextsReader {

    private static final Set<String> ADVICE_KEYS = Set.of("title", "summary", "actions", "rationale");
    /** Optional when reading, so that rules without them still go live; {@code validate} asks for a measure. */
    private static final Set<String> OPTIONAL_KEYS = Set.of("measure", "examples");
    private static final Set<String> STRENGTH_KEYS = Set.of("title", "summary");

    private final Map<String, Map<String, AdviceText>> advice = AdviceTexts.map();
    private final Map<String, Map<String, StrengthText>> strengths = AdviceTexts.map();
    private final Map<String, Map<String, String>> ruleTexts = AdviceTexts.map();
    private final Map<String, String> fileOf = new LinkedHashMap<>();
    private final List<RuleError> errors;

    private TextsReader(List<RuleError> errors) {
        this.errors = errors;
    }

    static AdviceTexts read(List<RuleFile> files, List<RuleError> errors) {
        TextsReader reader = new TextsReader(errors);
        files.stream().filter(RuleFile::isTexts).forEach(reader::readFile);
        return new AdviceTexts(reader.advice, reader.strengths, reader.ruleTexts, reader.fileOf);
    }

    private void readFile(RuleFile file) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(file.content());
        } catch (MarkedYAMLException e) {
            errors.add(new RuleError(file.path(), e.getProblemMark().getLine() + 1, e.getProblem()));
            return;
        }
        if (doc == null) {
            return;
        }
        if (!(doc instanceof Map<?, ?> ids)) {
            errors.add(new RuleError(file.path(), 1, "A texts file maps advice ids to their texts per language."));
            return;
        }
        ids.forEach((key, value) -> {
            String id = String.valueOf(key);
            if (id.equals(AdviceTexts.RULE_TEXTS)) {
                readRuleTexts(file, value);
            } else if (claim(file, id, id, lineOf(file.content(), id + ":"))) {
                readEntry(file, id, lineOf(file.content(), id + ":"), value);
            }
        });
    }

    /** Records where a name is defined; false (and an error) if another entry already has it. */
    private boolean claim(RuleFile file, String name, String what, int line) {
        if (fileOf.containsKey(name)) {
            errors.add(new RuleError(file.path(), line, "'" + what + "' already has texts in " + fileOf.get(name) + "."));
            return false;
        }
        fileOf.put(name, file.path());
        return true;
    }

    private void readRuleTexts(RuleFile file, Object value) {
        int line = lineOf(file.content(), AdviceTexts.RULE_TEXTS + ":");
        if (!(value instanceof Map<?, ?> rules)) {
            errors.add(new RuleError(file.path(), line, "'ruleTexts:' maps each rule's name to its sentence per"
                    + " language, e.g. nl: ..."));
            return;
        }
        rules.forEach((name, byLanguage) -> {
            String rule = String.valueOf(name);
            int at = lineOf(file.content(), "  " + rule + ":");
            if (!claim(file, "rule:" + rule, "rule \"" + rule + "\"", at)) {
                return;
            }
            Map<String, String> languages = new LinkedHashMap<>();
            if (byLanguage instanceof Map<?, ?> map) {
                map.forEach((lang, text) -> {
                    if (!AdviceTexts.LANGUAGES.contains(String.valueOf(lang)) || !isText(text)) {
                        errors.add(new RuleError(file.path(), at, "rule \"" + rule + "\": give its sentence as"
                                + " 'en: ...' or 'nl: ...' (plain text), not '" + lang + "'."));
                    } else {
                        languages.put(String.valueOf(lang), (String) text);
                    }
                });
            } else {
                errors.add(new RuleError(file.path(), at, "rule \"" + rule + "\" needs its sentence under 'nl:'."));
            }
            ruleTexts.put(rule, languages);
        });
    }

    private void readEntry(RuleFile file, String id, int line, Object byLanguage) {
        if (!(byLanguage instanceof Map<?, ?> map)) {
            errors.add(new RuleError(file.path(), line, "Advice '" + id + "' needs texts under 'en:' and 'nl:'."));
            return;
        }
        map.forEach((lang, entry) -> {
            String language = String.valueOf(lang);
            if (!AdviceTexts.LANGUAGES.contains(language)) {
                errors.add(new RuleError(file.path(), line, "Advice '" + id + "': unknown language '" + language
                        + "' (use en or nl)."));
            } else if (entry instanceof Map<?, ?> fields && fields.keySet().equals(STRENGTH_KEYS)) {
                if (plain(file, id, language, line, fields.get("title"), fields.get("summary"))) {
                    strengths.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(language,
                            new StrengthText((String) fields.get("title"), (String) fields.get("summary")));
                }
            } else {
                readAdvice(file, id, language, line, entry);
            }
        });
        if (advice.containsKey(id) && strengths.containsKey(id)) {
            errors.add(new RuleError(file.path(), line, "'" + id + "' is written as an advice in one language and as"
                    + " a strength (title and summary only) in the other."));
        }
    }

    private void readAdvice(RuleFile file, String id, String language, int line, Object entry) {
        Set<?> keys = entry instanceof Map<?, ?> m ? m.keySet() : Set.of();
        Set<Object> known = new java.util.HashSet<>(ADVICE_KEYS);
        known.addAll(OPTIONAL_KEYS);
        if (!(entry instanceof Map<?, ?> fields) || !keys.containsAll(ADVICE_KEYS) || !known.containsAll(keys)
                || !(fields.get("actions") instanceof List<?> actions)) {
            errors.add(new RuleError(file.path(), line, "Advice '" + id + "' (" + language + ") needs exactly title,"
                    + " summary, actions (a list), rationale and measure (and may have examples); a strength has only"
                    + " title and summary."));
            return;
        }
        Map<String, String> examples = examples(file, id, language, line, fields.get("examples"));
        Object measure = fields.containsKey("measure") ? fields.get("measure") : "";
        if (examples != null && plain(file, id, language, line, fields.get("title"), fields.get("summary"),
                fields.get("rationale")) && (measure.equals("") || plain(file, id, language, line, measure))
                && plain(file, id, language, line, actions.toArray())) {
            advice.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(language, new AdviceText(
                    (String) fields.get("title"), (String) fields.get("summary"),
                    actions.stream().map(String.class::cast).toList(), (String) fields.get("rationale"),
                    (String) measure, examples));
        }
    }

    private Map<String, String> examples(RuleFile file, String id, String language, int line, Object value) {
        Map<String, String> examples = new LinkedHashMap<>();
        if (value == null) {
            return examples;
        }
        if (!(value instanceof Map<?, ?> map)) {
            errors.add(new RuleError(file.path(), line, "Advice '" + id + "' (" + language + "): 'examples:' maps a"
                    + " conclusion value (such as CARE_AND_PUBLIC or BUSINESS) to an action."));
            return null;
        }
        boolean ok = true;
        for (var e : map.entrySet()) {
            String when = String.valueOf(e.getKey());
            // Whether the key is a conclusion value is checked with the conventions (authoring's TextChecks).
            if (plain(file, id, language, line, e.getValue())) {
                examples.put(when, (String) e.getValue());
            } else {
                ok = false;
            }
        }
        return ok ? examples : null;
    }

    /** Whether every value is plain text; a plain YAML line with ": " in it silently becomes a key-value pair. */
    private boolean plain(RuleFile file, String id, String language, int line, Object... values) {
        for (Object value : values) {
            if (!isText(value)) {
                errors.add(new RuleError(file.path(), line, "Advice '" + id + "' (" + language + "): a text is"
                        + " missing or not plain text. A line containing ': ' must be quoted or written as a folded"
                        + " block (>-)."));
                return false;
            }
        }
        return true;
    }

    private static boolean isText(Object value) {
        return value instanceof String text && !text.isBlank();
    }

    static int lineOf(String content, String startOfLine) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(startOfLine)) {
                return i + 1;
            }
        }
        return 1;
    }
}
