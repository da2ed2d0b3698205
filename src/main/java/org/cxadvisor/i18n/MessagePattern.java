package org.cxadvisor.i18n;

import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A message pattern prepared once so that writing it only joins text. Java's {@link MessageFormat} parses, and per
 * call formats every number with a new {@link java.text.NumberFormat}, and for a {@code {0,choice,…}} parses the
 * chosen branch again: most of a report's time in words. Here MessageFormat itself writes the pattern once per set
 * of chosen branches, with markers for the arguments ({@link TextTemplate#ofMessage}), so that its rules (quotes,
 * choices, nested arguments) are kept without a second copy of them. Patterns with other typed elements
 * ({@code {0,number,…}}, dates) are not prepared: {@link #of} answers null and the caller formats as before.
 */
final class MessagePattern {

    private final String pattern;
    private final Locale locale;
    /** Per element of the pattern: the argument it writes, and its choice when it is one (null otherwise). */
    private final int[] argumentOf;
    private final ChoiceFormat[] choices;
    private final Map<List<Integer>, TextTemplate> byBranches = new ConcurrentHashMap<>();

    private MessagePattern(String pattern, Locale locale, int[] argumentOf, ChoiceFormat[] choices) {
        this.pattern = pattern;
        this.locale = locale;
        this.argumentOf = argumentOf;
        this.choices = choices;
    }

    /** The prepared pattern, or null when it has elements other than plain arguments and choices. */
    static MessagePattern of(String pattern, Locale locale) {
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormats();
        ChoiceFormat[] choices = new ChoiceFormat[formats.length];
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof ChoiceFormat choice) {
                choices[i] = choice;
            } else if (formats[i] != null) {
                return null;
            }
        }
        return new MessagePattern(pattern, locale, argumentsOfElements(format), choices);
    }

    /** The text for these arguments (text or numbers, as {@link Messages} checks), or null if a choice gets no number. */
    String write(Object[] args) {
        Integer[] branches = new Integer[choices.length];
        for (int i = 0; i < choices.length; i++) {
            if (choices[i] == null) {
                branches[i] = -1;
            } else if (argumentOf[i] < args.length && args[argumentOf[i]] instanceof Number n) {
                branches[i] = branch(choices[i].getLimits(), n.doubleValue());
            } else {
                return null;
            }
        }
        return byBranches.computeIfAbsent(Arrays.asList(branches), this::template).fill(index -> text(args, index));
    }

    /** ChoiceFormat's own choice: the last limit the number reaches, the first if it reaches none (or is NaN). */
    private static int branch(double[] limits, double number) {
        int i = 0;
        while (i < limits.length && number >= limits[i]) {
            i++;
        }
        return Math.max(i - 1, 0);
    }

    private TextTemplate template(List<Integer> branches) {
        MessageFormat format = new MessageFormat(pattern, locale);
        for (int i = 0; i < choices.length; i++) {
            if (choices[i] != null) {
                format.setFormat(i, new Chosen(choices[i].getFormats()[branches.get(i)]));
            }
        }
        return TextTemplate.ofMessage(format);
    }

    /** An argument as MessageFormat writes it in a plain {@code {n}}; an index without an argument stays as it is. */
    private String text(Object[] args, String index) {
        int i = Integer.parseInt(index);
        if (i >= args.length) {
            return "{" + index + "}";
        }
        return args[i] instanceof Number n ? Numbers.IN_MESSAGES.write(n, locale) : String.valueOf(args[i]);
    }

    /** Which argument each element writes: MessageFormat keeps that to itself, so each element is asked. */
    private static int[] argumentsOfElements(MessageFormat format) {
        MessageFormat asking = (MessageFormat) format.clone();
        int[] argumentOf = new int[format.getFormats().length];
        Arrays.fill(argumentOf, Integer.MAX_VALUE); // an element past the markers writes itself and has no argument
        for (int i = 0; i < argumentOf.length; i++) {
            int element = i;
            asking.setFormat(i, new Format() {
                @Override
                public StringBuffer format(Object argument, StringBuffer to, FieldPosition position) {
                    argumentOf[element] = (Integer) argument;
                    return to;
                }

                @Override
                public Object parseObject(String source, ParsePosition position) {
                    throw new UnsupportedOperationException();
                }
            });
        }
        Object[] indexes = new Object[TextTemplate.MAX_ARGUMENTS];
        Arrays.setAll(indexes, i -> i);
        asking.format(indexes);
        return argumentOf;
    }

    /**
     * A choice that has been made: whatever the argument, the chosen branch. Being a ChoiceFormat, MessageFormat
     * still writes the arguments inside the branch, as it does for the choice itself.
     */
    private static final class Chosen extends ChoiceFormat {

        private final String branch;

        Chosen(Object branch) {
            super(new double[] {0}, new String[] {(String) branch});
            this.branch = (String) branch;
        }

        @Override
        public StringBuffer format(Object argument, StringBuffer to, FieldPosition position) {
            return to.append(branch);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Chosen chosen && chosen.branch.equals(branch);
        }

        @Override
        public int hashCode() {
            return branch.hashCode();
        }
    }
}
