package org.cxadvisor.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * All advice texts of a knowledge base, by advice id and language, read from the {@code *.texts.yaml} files:
 * <pre>
 * select-ambassadors:
 *   en:
 *     title: ...
 *     summary: ...
 *     actions: [ ..., ... ]
 *     rationale: Employee engagement is {employeeEngagement} out of 5 ...
 *   nl:
 *     ...
 * </pre>
 */
public final class AdviceTexts {

    public static final Set<String> LANGUAGES = Set.of("en", "nl");
    private static final Set<String> KEYS = Set.of("title", "summary", "actions", "rationale");

    /** id -> language -> text; also records which file defines each id. */
    private final Map<String, Map<String, AdviceText>> texts;
    private final Map<String, String> fileOf;

    private AdviceTexts(Map<String, Map<String, AdviceText>> texts, Map<String, String> fileOf) {
        this.texts = texts;
        this.fileOf = fileOf;
    }

    /** Reads every texts file; malformed or incomplete entries are errors with file and line. */
    public static AdviceTexts read(List<RuleFile> files, List<RuleError> errors) {
        Map<String, Map<String, AdviceText>> texts = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (RuleFile file : files) {
            if (!file.isTexts()) {
                continue;
            }
            Object doc;
            try {
                doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(file.content());
            } catch (MarkedYAMLException e) {
                errors.add(new RuleError(file.path(), e.getProblemMark().getLine() + 1, yamlProblem(e.getProblem())));
                continue;
            }
            TextLines lines = TextLines.of(file.content());
            if (doc == null) {
                continue;
            }
            if (!(doc instanceof Map<?, ?> ids)) {
                errors.add(new RuleError(file.path(), 1, "A texts file maps advice ids to their texts per language."));
                continue;
            }
            ids.forEach((id, byLanguage) -> {
                String adviceId = String.valueOf(id);
                int line = lines.line(adviceId);
                if (fileOf.containsKey(adviceId)) {
                    errors.add(new RuleError(file.path(), line, "Advice '" + adviceId + "' already has texts in "
                            + fileOf.get(adviceId) + "."));
                    return;
                }
                Map<String, AdviceText> languages = readLanguages(file, adviceId, lines, byLanguage, errors);
                texts.put(adviceId, languages);
                fileOf.put(adviceId, file.path());
            });
        }
        return new AdviceTexts(texts, fileOf);
    }

    public Optional<AdviceText> text(String adviceId, String language) {
        return Optional.ofNullable(texts.getOrDefault(adviceId, Map.of()).get(language));
    }

    public Set<String> adviceIds() {
        return texts.keySet();
    }

    public Set<String> languages(String adviceId) {
        return texts.getOrDefault(adviceId, Map.of()).keySet();
    }

    public String fileOf(String adviceId) {
        return fileOf.get(adviceId);
    }

    private static Map<String, AdviceText> readLanguages(RuleFile file, String id, TextLines lines, Object byLanguage,
                                                         List<RuleError> errors) {
        Map<String, AdviceText> languages = new LinkedHashMap<>();
        if (!(byLanguage instanceof Map<?, ?> map)) {
            errors.add(new RuleError(file.path(), lines.line(id), "Advice '" + id + "' needs texts under 'en:' and 'nl:'"
                    + " (indented by two spaces under '" + id + ":')."));
            return languages;
        }
        map.forEach((lang, entry) -> {
            String language = String.valueOf(lang);
            int line = lines.line(id, language);
            String what = "Advice '" + id + "' (" + language + ")";
            if (!LANGUAGES.contains(language)) {
                errors.add(new RuleError(file.path(), line, "Advice '" + id + "': unknown language '" + language
                        + "' (use en or nl)."));
            } else if (!(entry instanceof Map<?, ?> fields)) {
                errors.add(new RuleError(file.path(), line, what + " needs title, summary, actions and rationale,"
                        + " each on its own line indented under '" + language + ":'."));
            } else {
                AdviceText text = readText(file, what, id, language, lines, fields, errors);
                if (text != null) {
                    languages.put(language, text);
                }
            }
        });
        return languages;
    }

    /** One language's text, or null with every mistake reported at its own line. */
    private static AdviceText readText(RuleFile file, String what, String id, String language, TextLines lines,
                                       Map<?, ?> fields, List<RuleError> errors) {
        int before = errors.size();
        for (Object key : fields.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                errors.add(new RuleError(file.path(), lines.line(id, language, String.valueOf(key)), what + ": '" + key
                        + "' is not one of title, summary, actions, rationale; check the spelling and the indentation."));
            }
        }
        for (String key : List.of("title", "summary", "actions", "rationale")) {
            Object value = fields.get(key);
            int line = lines.line(id, language, key);
            if (!fields.containsKey(key)) {
                errors.add(new RuleError(file.path(), lines.line(id, language), what + " has no " + key + ": add '" + key
                        + ":' under '" + language + ":'" + (key.equals("actions") ? ", with one line '- ...' per action." : ".")));
            } else if (key.equals("actions") && !(value instanceof List<?>)) {
                errors.add(new RuleError(file.path(), line, what + ": actions must be a list, one line '- ...' per action."));
            } else if (key.equals("actions") ? !((List<?>) value).stream().allMatch(AdviceTexts::isText) : !isText(value)) {
                // A plain YAML line with ": " in it silently becomes a key-value pair; say so instead of printing "{a=b}".
                errors.add(new RuleError(file.path(), line, what + ": the " + key + " is empty or not plain text. A text"
                        + " containing ': ' must be put in double quotes or written as a folded block (>-)."));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        List<String> actions = ((List<?>) fields.get("actions")).stream().map(String.class::cast).toList();
        return new AdviceText((String) fields.get("title"), (String) fields.get("summary"), actions,
                (String) fields.get("rationale"));
    }

    /** SnakeYAML's wording of the commonest mistakes, said so that a business user can fix them. */
    private static String yamlProblem(String problem) {
        if (problem != null && problem.startsWith("mapping values are not allowed")) {
            return "a plain text cannot contain ': ' (a colon and a space): put the whole text in double quotes, or write"
                    + " it as a folded block ('title: >-', then the text on the next line, indented further).";
        }
        if (problem != null && problem.contains("found character '\\t'")) {
            return "a tab: indent with spaces only.";
        }
        return problem + " (check the indentation and the quotes on this line)";
    }

    private static boolean isText(Object value) {
        return value instanceof String text && !text.isBlank();
    }

}
