package org.cxadvisor.authoring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxadvisor.knowledge.AdviceText;
import org.cxadvisor.knowledge.AdviceTexts;
import org.cxadvisor.knowledge.RuleFile;
import org.cxadvisor.knowledge.RuleInfo;
import org.cxadvisor.profile.ProfileValues;

/**
 * Advice texts against the rules: every advice has an English and a Dutch text, every text belongs to an advice
 * that a rule gives, and every {@code {placeholder}} in a rationale names something that can fill it.
 */
final class TextChecks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_.]+)}");

    private TextChecks() {
    }

    static void check(List<RuleInfo> rules, AdviceTexts texts, List<RuleFile> files, List<Finding> findings) {
        Set<String> given = new LinkedHashSet<>();
        Set<String> conclusionTypes = new TreeSet<>(Validator.CONTRACT_CONCLUSIONS);
        rules.stream().filter(r -> r.conclusion() != null).forEach(r -> conclusionTypes.add(r.conclusion()));
        for (RuleInfo r : rules) {
            if (r.advice() == null || !given.add(r.advice())) {
                continue;
            }
            for (String language : List.of("en", "nl")) {
                if (texts.text(r.advice(), language).isEmpty()) {
                    findings.add(Finding.error(r.file(), r.line(), "advice '" + r.advice() + "' has no "
                            + (language.equals("en") ? "English (en)" : "Dutch (nl)") + " text: add it under '"
                            + r.advice() + ":' in a .texts.yaml file."));
                }
            }
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
                    if (!ProfileValues.isKey(name)
                            && !conclusionTypes.contains(name)) {
                        findings.add(Finding.error(file, line, "advice '" + id + "' (" + language + "): {" + name
                                + "} in the rationale is neither a profile field nor a conclusion type; a report"
                                + " would show it as it is. Use a profile field name (e.g. {sector}) or a conclusion"
                                + " type (e.g. {EXPERIENCE_QUADRANT})."));
                    }
                }
            }
        }
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
