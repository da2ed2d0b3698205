package org.cxadvisor.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cxadvisor.i18n.Messages;

/** One of an enum's constants, written in JSON by name, in the enum's order (NONE, SOME, CORE...). */
record ChoiceType(Class<? extends Enum<?>> type) implements FieldType {

    @Override
    public ProfileField.Kind kind() {
        return ProfileField.Kind.CHOICE;
    }

    @Override
    public List<String> choiceNames() {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    @Override
    public Object parse(Object raw, String path, List<Violation> violations) {
        if (raw instanceof String name) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
        }
        violations.add(new Violation(path, "error.field.notChoice", String.join(", ", choiceNames())));
        return null;
    }

    @Override
    public List<Object> domain() {
        return List.of((Object[]) type.getEnumConstants());
    }

    @Override
    public double rank(Object value) {
        // a constant's place is its ordinal (counterfactuals rank every value they try); a name is looked up
        return value instanceof Enum<?> e && e.getDeclaringClass() == type ? e.ordinal()
                : choiceNames().indexOf(name(value));
    }

    @Override
    public Object json(Object value) {
        return value == null ? null : name(value);
    }

    /** A choice's label ({@code choice.<path>.<NAME>}); the name itself where a label is missing. */
    @Override
    public String words(String path, Object value, Locale locale) {
        if (value == null) {
            return FieldType.super.words(path, null, locale);
        }
        String key = "choice." + path + "." + name(value);
        String words = Messages.get(locale, key);
        return words.equals(key) ? name(value) : words;
    }

    private static String name(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
