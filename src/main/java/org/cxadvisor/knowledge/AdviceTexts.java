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
                errors.add(new RuleError(file.path(), e.getProblemMark().getLine() + 1, e.getProblem()));
                continue;
            }
            if (doc == null) {
                continue;
            }
            if (!(doc instanceof Map<?, ?> ids)) {
                errors.add(new RuleError(file.path(), 1, "A texts file maps advice ids to their texts per language."));
                continue;
            }
            ids.forEach((id, byLanguage) -> {
                String adviceId = String.valueOf(id);
                int line = lineOf(file.content(), adviceId + ":");
                if (fileOf.containsKey(adviceId)) {
                    errors.add(new RuleError(file.path(), line, "Advice '" + adviceId + "' already has texts in "
                            + fileOf.get(adviceId) + "."));
                    return;
                }
                Map<String, AdviceText> languages = readLanguages(file, adviceId, line, byLanguage, errors);
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

    private static Map<String, AdviceText> readLanguages(RuleFile file, String id, int line, Object byLanguage,
                                                         List<RuleError> errors) {
        Map<String, AdviceText> languages = new LinkedHashMap<>();
        if (!(byLanguage instanceof Map<?, ?> map)) {
            errors.add(new RuleError(file.path(), line, "Advice '" + id + "' needs texts under 'en:' and 'nl:'."));
            return languages;
        }
        map.forEach((lang, entry) -> {
            String language = String.valueOf(lang);
            if (!LANGUAGES.contains(language)) {
                errors.add(new RuleError(file.path(), line, "Advice '" + id + "': unknown language '" + language
                        + "' (use en or nl)."));
            } else if (!(entry instanceof Map<?, ?> fields) || !fields.keySet().containsAll(KEYS)
                    || !KEYS.containsAll(fields.keySet()) || !(fields.get("actions") instanceof List<?>)) {
                errors.add(new RuleError(file.path(), line, "Advice '" + id + "' (" + language
                        + ") needs exactly title, summary, actions (a list) and rationale."));
            } else if (!isText(fields.get("title")) || !isText(fields.get("summary")) || !isText(fields.get("rationale"))
                    || !((List<?>) fields.get("actions")).stream().allMatch(AdviceTexts::isText)) {
                // A plain YAML line with ": " in it silently becomes a key-value pair; say so instead of printing "{a=b}".
                errors.add(new RuleError(file.path(), line, "Advice '" + id + "' (" + language + "): a text is not"
                        + " plain text. A line containing ': ' must be quoted or written as a folded block (>-)."));
            } else {
                List<String> actions = ((List<?>) fields.get("actions")).stream().map(String.class::cast).toList();
                languages.put(language, new AdviceText((String) fields.get("title"), (String) fields.get("summary"),
                        actions, (String) fields.get("rationale")));
            }
        });
        return languages;
    }

    private static boolean isText(Object value) {
        return value instanceof String text && !text.isBlank();
    }

    private static int lineOf(String content, String startOfLine) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(startOfLine)) {
                return i + 1;
            }
        }
        return 1;
    }
}
