package org.cxadvisor.profile;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cxadvisor.i18n.Messages;

/**
 * What kind of answer a profile field takes, and everything that follows from it: how a JSON value is read and
 * checked, the values it can take and their order, the values a what-if tries, and how a value is put into words.
 * Values are typed (enum constants, Integer, Double, Boolean, String); {@link #json} gives the plain JSON form.
 */
public sealed interface FieldType permits TextType, ChoiceType, YesNoType, NumberType {

    ProfileField.Kind kind();

    /** Lower bound: a number's minimum, or a text's minimum length; 0 when the kind has none. */
    default int min() { return 0; }

    /** Upper bound: a number's maximum, or a text's maximum length; 0 when the kind has none. */
    default int max() { return 0; }

    /** The allowed names of a choice, in order; empty for other kinds. */
    default List<String> choiceNames() { return List.of(); }

    /** Reads a value as parsed from JSON; on a bad value adds the violation for {@code path} and returns null. */
    Object parse(Object raw, String path, List<Violation> violations);

    /** Every value, in order, when the domain is finite (choices, yes/no, scale points); empty otherwise. */
    List<Object> domain();

    /** The values a what-if tries for a field whose value today is {@code current} (null when unknown). */
    default List<Object> candidates(Object current) {
        return domain();
    }

    /** A value's place in the field's order: a choice's position, 0 for no and 1 for yes, a number itself. */
    double rank(Object value);

    /** Where an unknown value starts from when a what-if looks for the smallest step; null: the first in order. */
    default Double unknownStart() {
        return null;
    }

    /** Values in the field's order. */
    default Comparator<Object> order() {
        return Comparator.comparingDouble(this::rank);
    }

    /**
     * The smallest step first: the value nearest to {@code from}, on a tie the higher one. From an unknown value:
     * nearest to {@link #unknownStart()} (the least extreme assumption), or else the first in order.
     */
    default Comparator<Object> smallestStep(Object from) {
        Double start = from != null ? Double.valueOf(rank(from)) : unknownStart();
        if (start == null) {
            return order();
        }
        return Comparator.<Object>comparingDouble(v -> Math.abs(rank(v) - start)).thenComparing(order().reversed());
    }

    /** The value as plain JSON data (a choice's name, a whole percentage as an integer). */
    default Object json(Object value) {
        return value;
    }

    /** A value (typed, or in its JSON form) in words; "unknown" for null. */
    default String words(String path, Object value, Locale locale) {
        return value == null ? Messages.get(locale, "value.unknown") : String.valueOf(value);
    }
}
