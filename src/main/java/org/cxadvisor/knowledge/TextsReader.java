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
            errors.add(new RuleError(file.path(), e.getProblemMark().getLine() + 1, YamlProblem.explain(e.getProblem())));
            return;
        }
        if (doc == null) {
            return;
        }
        TextLines lines = TextLines.of(file.content());
        if (!(doc instanceof Map<?, ?> ids)) {
            errors.add(new RuleError(file.path(), 1, "A texts file maps advice ids to their texts per language."));
            return;
        }
        ids.forEach((key, value) -> {
            String id = String.valueOf(key);
            if (id.equals(AdviceTexts.RULE_TEXTS)) {
                readRuleTexts(file, lines, value);
            } else if (claim(file, id, id, lines.line(id))) {
                readEntry(file, lines, id, value);
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

    private void readRuleTexts(RuleFile file, TextLines lines, Object value) {
        int line = lines.line(AdviceTexts.RULE_TEXTS);
        if (!(value instanceof Map<?, ?> rules)) {
            errors.add(new RuleError(file.path(), line, "'ruleTexts:' maps each rule's name to its sentence per"
                    + " language, e.g. nl: ..."));
            return;
        }
        rules.forEach((name, byLanguage) -> {
            String rule = String.valueOf(name);
            int at = lines.line(AdviceTexts.RULE_TEXTS, rule);
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

    private void readEntry(RuleFile file, TextLines lines, String id, Object byLanguage) {
        int line = lines.line(id);
        if (!(byLanguage instanceof Map<?, ?> map)) {
            errors.add(new RuleError(file.path(), line, "Advice '" + id + "' needs texts under 'en:' and 'nl:'"
                    + " (indented by two spaces under '" + id + ":')."));
            return;
        }
        map.forEach((lang, entry) -> {
            String language = String.valueOf(lang);
            int at = lines.line(id, language);
            if (!AdviceTexts.LANGUAGES.contains(language)) {
                errors.add(new RuleError(file.path(), at, "Advice '" + id + "': unknown language '" + language
                        + "' (use en or nl)."));
            } else if (entry instanceof Map<?, ?> fields && fields.keySet().equals(STRENGTH_KEYS)) {
                if (plain(file, lines, id, language, "title", fields.get("title"))
                        && plain(file, lines, id, language, "summary", fields.get("summary"))) {
                    strengths.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(language,
                            new StrengthText((String) fields.get("title"), (String) fields.get("summary")));
                }
            } else if (entry instanceof Map<?, ?> fields) {
                readAdvice(file, lines, id, language, fields);
            } else {
                errors.add(new RuleError(file.path(), at, "Advice '" + id + "' (" + language + ") needs title, summary,"
                        + " actions, rationale and measure, each on its own line indented under '" + language + ":'."));
            }
        });
        if (advice.containsKey(id) && strengths.containsKey(id)) {
            errors.add(new RuleError(file.path(), line, "'" + id + "' is written as an advice in one language and as"
                    + " a strength (title and summary only) in the other."));
        }
    }

    /** One language's advice; every mistake is reported at the line of its own part, and the text then left out. */
    private void readAdvice(RuleFile file, TextLines lines, String id, String language, Map<?, ?> fields) {
        String what = "Advice '" + id + "' (" + language + ")";
        int before = errors.size();
        for (Object key : fields.keySet()) {
            if (!ADVICE_KEYS.contains(String.valueOf(key)) && !OPTIONAL_KEYS.contains(String.valueOf(key))) {
                errors.add(new RuleError(file.path(), lines.line(id, language, String.valueOf(key)), what + ": '" + key
                        + "' is not one of title, summary, actions, rationale, measure, examples; check the spelling"
                        + " and the indentation."));
            }
        }
        for (String key : List.of("title", "summary", "actions", "rationale")) {
            if (!fields.containsKey(key)) {
                errors.add(new RuleError(file.path(), lines.line(id, language), what + " has no " + key + ": add '" + key
                        + ":' under '" + language + ":'" + (key.equals("actions") ? ", with one line '- ...' per action." : ".")));
            } else if (key.equals("actions") && !(fields.get(key) instanceof List<?>)) {
                errors.add(new RuleError(file.path(), lines.line(id, language, key), what + ": actions must be a list,"
                        + " one line '- ...' per action."));
            } else {
                Object value = fields.get(key);
                for (Object text : value instanceof List<?> list ? list.toArray() : new Object[] {value}) {
                    plain(file, lines, id, language, key, text);
                }
            }
        }
        Object measure = fields.containsKey("measure") ? fields.get("measure") : "";
        if (!measure.equals("")) {
            plain(file, lines, id, language, "measure", measure);
        }
        Map<String, String> examples = examples(file, lines, id, language, fields.get("examples"));
        if (examples != null && errors.size() == before) {
            advice.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(language, new AdviceText(
                    (String) fields.get("title"), (String) fields.get("summary"),
                    ((List<?>) fields.get("actions")).stream().map(String.class::cast).toList(),
                    (String) fields.get("rationale"), (String) measure, examples));
        }
    }

    private Map<String, String> examples(RuleFile file, TextLines lines, String id, String language, Object value) {
        int line = lines.line(id, language, "examples");
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
            if (plain(file, lines, id, language, "examples", e.getValue())) {
                examples.put(when, (String) e.getValue());
            } else {
                ok = false;
            }
        }
        return ok ? examples : null;
    }

    /** Whether a part is plain text; a plain YAML line with ": " in it silently becomes a key-value pair. */
    private boolean plain(RuleFile file, TextLines lines, String id, String language, String key, Object value) {
        if (isText(value)) {
            return true;
        }
        errors.add(new RuleError(file.path(), lines.line(id, language, key), "Advice '" + id + "' (" + language + "): "
                + (key.equals("actions") ? "an action" : "the " + key) + " is empty or not plain text. A text containing"
                + " ': ' must be put in double quotes or written as a folded block (>-)."));
        return false;
    }

    private static boolean isText(Object value) {
        return value instanceof String text && !text.isBlank();
    }
}
