package org.cxadvisor.experiment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxadvisor.profile.ProfileField;

/**
 * One value in a plans file with its place (file, line, dotted name), and typed readers that report a wrong or
 * missing value at that place and return a harmless default, so that one read finds every mistake.
 */
final class Entry {

    private final ExperimentCatalog.Problems problems;
    private final ExperimentCatalog.Source file;
    private final Object value;
    private final int line;
    private final String path;

    Entry(ExperimentCatalog.Problems problems, ExperimentCatalog.Source file, Object value, int line, String path) {
        this.problems = problems;
        this.file = file;
        this.value = value;
        this.line = line;
        this.path = path;
    }

    ExperimentCatalog.Source file() { return file; }

    String path() { return path; }

    /** The last part of the dotted name: an advice id, a metric or a market. */
    String name() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    boolean isMap() {
        return value instanceof Map<?, ?>;
    }

    List<String> keys() {
        return value instanceof Map<?, ?> map ? map.keySet().stream().map(String::valueOf).toList() : List.of();
    }

    boolean has(String key) {
        return value instanceof Map<?, ?> map && map.containsKey(key);
    }

    Entry child(String key) {
        Object child = value instanceof Map<?, ?> map ? map.get(key) : null;
        return new Entry(problems, file, child, PlanFileLines.lineOf(file.content(), key, path.isEmpty() || path.endsWith("]") ? line - 1 : line, line), path.isEmpty() ? key : path + "." + key);
    }

    /** The children of a map section; a missing section has none. */
    List<Entry> entries() {
        if (value == null) {
            return List.of();
        }
        if (!isMap()) {
            fail(path + " must be a list of names, each followed by ':'.");
            return List.of();
        }
        return keys().stream().map(this::child).toList();
    }

    /** The items of a list section ({@code - ...}), each at its own line. */
    List<Entry> items() {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            fail(path + " must be a list of entries, each starting with '- '.");
            return List.of();
        }
        List<Entry> items = new ArrayList<>();
        int from = line;
        for (int i = 0; i < list.size(); i++) {
            from = PlanFileLines.nextItem(file.content(), from);
            items.add(new Entry(problems, file, list.get(i), from, path + "[" + (i + 1) + "]"));
        }
        return items;
    }

    void only(String... allowed) {
        List<String> keys = List.of(allowed);
        keys().stream().filter(k -> !keys.contains(k)).forEach(k -> child(k).fail("Unknown key '" + k + "' in " + path
                + ": use " + String.join(", ", keys) + "."));
    }

    String text() {
        if (value instanceof String text && !text.isBlank()) {
            return text.strip();
        }
        return fail(value == null ? path + " is missing." : path + " must be a text. A line containing ': ' must be"
                + " quoted or written as a folded block (>-).");
    }

    int wholeNumber(int min, int max) {
        if (value instanceof Integer i && i >= min && i <= max) {
            return i;
        }
        fail(path + " must be a whole number from " + min + " to " + max + ".");
        return min;
    }

    double number(double min, double max) {
        if (value instanceof Number n && n.doubleValue() >= min && n.doubleValue() <= max) {
            return n.doubleValue();
        }
        fail(path + " must be a number from " + fmt(min) + " to " + fmt(max) + ".");
        return max;
    }

    /** A percentage strictly above 0 and below 100 (or up to 100 itself where a whole group is allowed). */
    double percent(boolean upToHundred) {
        if (value instanceof Number n && n.doubleValue() > 0 && (upToHundred ? n.doubleValue() <= 100 : n.doubleValue() < 100)) {
            return n.doubleValue();
        }
        fail(path + " must be a percentage above 0 and " + (upToHundred ? "at most 100." : "below 100."));
        return 50;
    }

    boolean yesNo() {
        if (value instanceof Boolean b) {
            return b;
        }
        fail(path + " must be true or false.");
        return false;
    }

    /** The path of a percentage field of the company profile, such as retentionRatePercent. */
    String percentField() {
        String name = text();
        boolean ok = name != null && ProfileField.byPath(name).map(f -> f.kind() == ProfileField.Kind.PERCENT).orElse(false);
        return ok ? name : fail(path + ": '" + name + "' is not a percentage field of the company profile.");
    }

    <E extends Enum<E>> Set<E> choices(Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            fail(path + " must be a list such as [" + type.getEnumConstants()[0] + "].");
            return result;
        }
        list.forEach(item -> {
            E choice = parse(type, String.valueOf(item));
            if (choice != null) {
                result.add(choice);
            }
        });
        return result;
    }

    /** This entry's own name as one of an enum's values (a segment's market). */
    <E extends Enum<E>> E choice(Class<E> type) {
        return parse(type, name());
    }

    /** The texts under en: and nl:, each with exactly the given names. */
    Texts texts(String... names) {
        return EntryTexts.named(this, names);
    }

    /** A single text per language ({@code en: ...}, {@code nl: ...}). */
    Texts texts() {
        return EntryTexts.single(this);
    }

    /** Reports a problem at this entry's line; returns null so that readers can return it as "no value". */
    String fail(String message) {
        problems.add(file.path(), line, message);
        return null;
    }

    private <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        fail(path + ": '" + name + "' is not one of " + EnumSet.allOf(type) + ".");
        return null;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
