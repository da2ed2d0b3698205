package org.cxadvisor.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text split into its literal parts and its placeholders, once, so that filling it in only joins the parts with
 * the values: {@code literals} has one more element than {@code names}. Two kinds are made: a rationale or measure
 * of a texts file ({@link #parse}: {@code {employeeEngagement}}, {@code {EXPERIENCE_QUADRANT}}), and a message whose
 * pattern ({@link #ofMessage}, for {@link MessagePattern}: names {@code "0"}, {@code "1"}, …).
 */
public record TextTemplate(List<String> literals, List<String> names) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_.]+)}");
    /** Private-use characters around an argument's index; no message contains them. */
    private static final Pattern ARGUMENT = Pattern.compile("\uE000(\\d+)\uE001");
    static final int MAX_ARGUMENTS = 16;

    public static TextTemplate parse(String text) {
        return split(text, PLACEHOLDER);
    }

    /**
     * A message split where {@link MessageFormat} puts its arguments: MessageFormat itself writes it with a marker
     * for each argument, so its rules for quotes ({@code ''}, {@code '{'}) hold without a second copy of them.
     */
    static TextTemplate ofMessage(MessageFormat format) {
        Object[] markers = new Object[MAX_ARGUMENTS];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = "\uE000" + i + "\uE001";
        }
        return split(format.format(markers), ARGUMENT);
    }

    private static TextTemplate split(String text, Pattern placeholder) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = placeholder.matcher(text);
        int end = 0;
        while (m.find()) {
            literals.add(text.substring(end, m.start()));
            names.add(m.group(1));
            end = m.end();
        }
        literals.add(text.substring(end));
        return new TextTemplate(List.copyOf(literals), List.copyOf(names));
    }

    /** The text with each placeholder replaced by {@code valueOf(name)}, written once at its final length. */
    public String fill(Function<String, String> valueOf) {
        int n = names.size();
        if (n == 0) {
            return literals.get(0);
        }
        String[] parts = new String[2 * n + 1];
        for (int i = 0; i < n; i++) {
            parts[2 * i] = literals.get(i);
            parts[2 * i + 1] = valueOf.apply(names.get(i));
        }
        parts[2 * n] = literals.get(n);
        return String.join("", parts);
    }
}
