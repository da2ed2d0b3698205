package org.cxadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rationale or measure as written in a texts file, split into its literal parts and its {@code {placeholders}}
 * (a profile field such as {@code {employeeEngagement}}, or a conclusion type such as {@code {EXPERIENCE_QUADRANT}}).
 * Split once, when the knowledge base is loaded ({@link AdviceTexts#template}), so that a report only joins the
 * parts with its profile's values: {@code literals} has one more element than {@code names}.
 */
public record TextTemplate(List<String> literals, List<String> names) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_.]+)}");

    public static TextTemplate parse(String text) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int end = 0;
        while (m.find()) {
            literals.add(text.substring(end, m.start()));
            names.add(m.group(1));
            end = m.end();
        }
        literals.add(text.substring(end));
        return new TextTemplate(List.copyOf(literals), List.copyOf(names));
    }

    /** The text with each placeholder replaced by {@code valueOf(name)}. */
    public String fill(Function<String, String> valueOf) {
        if (names.isEmpty()) {
            return literals.get(0);
        }
        StringBuilder out = new StringBuilder(256);
        for (int i = 0; i < names.size(); i++) {
            out.append(literals.get(i)).append(valueOf.apply(names.get(i)));
        }
        return out.append(literals.get(names.size())).toString();
    }
}
