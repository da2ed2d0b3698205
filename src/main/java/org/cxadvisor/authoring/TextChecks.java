package org.cxadvisor.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cxadvisor.advice.ConclusionType;
import org.cxadvisor.knowledge.AdviceText;
import org.cxadvisor.knowledge.AdviceTexts;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.knowledge.RuleFile;
import org.cxadvisor.knowledge.RuleInfo;
import org.cxadvisor.profile.FieldGroup;
import org.cxadvisor.profile.ProfileField;
import org.cxadvisor.profile.ProfileValues;

/**
 * Texts against the rules: every advice and strength has an English and a Dutch text and every rule a Dutch
 * sentence, every text belongs to something a rule gives, and every {@code {placeholder}} in a rationale or measure
 * names something that can fill it.
 */
final class TextChecks {

    private TextChecks() {
    }

    /**
     * {@code textsReadable} is false when a texts file has a mistake of its own (reported already): its advice then
     * lack their texts only because of that mistake, and are not reported once more for every rule.
     */
    static void check(List<RuleInfo> rules, AdviceTexts texts, boolean textsReadable, List<RuleFile> files, List<Finding> findings) {
        Set<String> given = new LinkedHashSet<>();
        Set<String> conclusionTypes = new TreeSet<>();
        Arrays.stream(ConclusionType.values()).map(Enum::name).forEach(conclusionTypes::add);
        rules.stream().filter(r -> r.conclusion() != null).forEach(r -> conclusionTypes.add(r.conclusion()));
        rules.stream().map(r -> r.isAdviceRule() ? r.advice() : r.strength()).filter(id -> id != null).forEach(given::add);
        if (textsReadable) {
            KnowledgeBaseLoader.missingTexts(rules, texts)
                    .forEach(e -> findings.add(Finding.error(e.file(), e.line(), e.message())));
        }
        Set<String> ruleNames = new TreeSet<>();
        for (RuleInfo r : rules) {
            ruleNames.add(r.name());
            // Every sentence of a report says its rule in the report's language, so a missing one is refused.
            if (textsReadable && texts.ruleText(r.name(), "nl").isEmpty()) {
                findings.add(Finding.error(r.file(), r.line(), "rule \"" + r.name() + "\" has no Dutch (nl) sentence:"
                        + " add it under 'ruleTexts:' in the topic's .texts.yaml file, as 'nl: ...' below the rule's name."));
            }
        }
        texts.ruleNames().stream().filter(n -> !ruleNames.contains(n)).forEach(n -> findings.add(Finding.warning(
                texts.fileOf("rule:" + n), lineOf(files, texts.fileOf("rule:" + n), "  " + n + ":"), "a sentence for rule \""
                        + n + "\", but no rule has that name (a typo, or a rule that was renamed?)"
                        + NearMiss.closest(n, ruleNames))));
        for (String id : texts.adviceIds()) {
            String file = texts.fileOf(id);
            int line = lineOf(files, file, id + ":");
            if (!given.contains(id)) {
                findings.add(Finding.warning(file, line, "texts for advice '" + id + "', but no rule gives that advice"
                        + " (a typo in the id, or a rule that was removed?)."));
            }
            for (String language : texts.languages(id)) {
                Optional<AdviceText> text = texts.text(id, language);
                if (text.isEmpty()) {
                    continue;
                }
                text.get().examples().keySet().stream().filter(when -> ConclusionType.valueByName(when).isEmpty())
                        .forEach(when -> findings.add(Finding.error(file, line, "advice '" + id + "' (" + language
                                + "): example for '" + when + "', which is no conclusion value; use one of "
                                + ConclusionType.valueNames() + ".")));
                if (text.get().measure().isBlank()) {
                    findings.add(Finding.error(file, line, "advice '" + id + "' (" + language + ") has no measure: add"
                            + " 'measure:' saying how the company will know the advice works."));
                }
                List<String> names = new ArrayList<>(texts.template(text.get().rationale()).names());
                names.addAll(texts.template(text.get().measure()).names());
                for (String name : names) {
                    if (!ProfileValues.isKey(name)
                            && !conclusionTypes.contains(name)) {
                        // Clients would read "{sensoryDesing}" in their report: an error, so the service refuses it.
                        findings.add(Finding.error(file, lineOf(files, file, line, "{" + name + "}"), "advice '" + id
                                + "' (" + language + "): {" + name + "} in the rationale or measure is neither a profile"
                                + " field nor a conclusion type" + NearMiss.closest(name, fillers(conclusionTypes))
                                + "; a report would show it as it is. Use a profile field name (e.g. {sector}) or a"
                                + " conclusion type (e.g. {EXPERIENCE_QUADRANT})."));
                    }
                }
            }
        }
    }

    private static Set<String> fillers(Set<String> conclusionTypes) {
        Set<String> names = new TreeSet<>(conclusionTypes);
        for (ProfileField field : ProfileField.values()) {
            names.add(field.path());
        }
        for (FieldGroup group : FieldGroup.values()) {
            names.add(group.key());
        }
        return names;
    }

    /** The first line from {@code from} on that contains {@code text} (the placeholder in its entry), else {@code from}. */
    private static int lineOf(List<RuleFile> files, String path, int from, String text) {
        for (RuleFile file : files) {
            if (file.path().equals(path)) {
                String[] lines = file.content().split("\n", -1);
                for (int i = Math.max(0, from - 1); i < lines.length; i++) {
                    if (lines[i].contains(text)) {
                        return i + 1;
                    }
                }
            }
        }
        return from;
    }

    private static int lineOf(List<RuleFile> files, String path, String startOfLine) {
        for (RuleFile file : files) {
            if (file.path().equals(path)) {
                String[] lines = file.content().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].startsWith(startOfLine)) {
                        return i + 1;
                    }
                }
            }
        }
        return 1;
    }
}
