package org.cxadvisor.authoring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxadvisor.knowledge.AdviceText;
import org.cxadvisor.knowledge.AdviceTexts;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.knowledge.RuleFile;
import org.cxadvisor.knowledge.RuleInfo;
import org.cxadvisor.profile.ProfileField;

/**
 * Advice texts against the rules: every advice has an English and a Dutch text, every text belongs to an advice
 * that a rule gives, and every {@code {placeholder}} in a rationale names something that can fill it.
 */
final class TextChecks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_.]+)}");

    private TextChecks() {
    }

    /**
     * {@code textsReadable} is false when a texts file has a mistake of its own (reported already): its advice then
     * lack their texts only because of that mistake, and are not reported once more for every rule.
     */
    static void check(List<RuleInfo> rules, AdviceTexts texts, boolean textsReadable, List<RuleFile> files, List<Finding> findings) {
        Set<String> given = new LinkedHashSet<>();
        Set<String> conclusionTypes = new TreeSet<>(Validator.CONTRACT_CONCLUSIONS);
        rules.stream().filter(r -> r.conclusion() != null).forEach(r -> conclusionTypes.add(r.conclusion()));
        rules.stream().filter(RuleInfo::isAdviceRule).forEach(r -> given.add(r.advice()));
        if (textsReadable) {
            KnowledgeBaseLoader.missingTexts(rules, texts)
                    .forEach(e -> findings.add(Finding.error(e.file(), e.line(), e.message())));
        }
        for (String id : texts.adviceIds()) {
            String file = texts.fileOf(id);
            int line = lineOf(files, file, id + ":");
            if (!given.contains(id)) {
                findings.add(Finding.warning(file, line, "texts for advice '" + id + "', but no rule gives that advice"
                        + " (a typo in the id, or a rule that was removed?)."));
            }
            for (String language : texts.languages(id)) {
                AdviceText text = texts.text(id, language).orElseThrow();
                Matcher m = PLACEHOLDER.matcher(text.rationale());
                while (m.find()) {
                    String name = m.group(1);
                    if (ProfileField.byPath(name).isEmpty() && !name.equals(ProfileField.CUSTOMER_VALUE)
                            && !conclusionTypes.contains(name)) {
                        // Clients would read "{sensoryDesing}" in their report: an error, so the service refuses it.
                        findings.add(Finding.error(file, lineOf(files, file, line, "{" + name + "}"), "advice '" + id
                                + "' (" + language + "): {" + name + "} in the rationale names no profile field and no"
                                + " conclusion type" + NearMiss.closest(name, fillers(conclusionTypes))
                                + "; use a field such as {employeeEngagement} or a conclusion such as {EXPERIENCE_QUADRANT}."));
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
        names.add(ProfileField.CUSTOMER_VALUE);
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
