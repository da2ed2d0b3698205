package org.cxadvisor.profile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * A number in a range: a scale point (1..5, finite), a whole number (NPS -100..100) or a percentage (0..100, may
 * have decimals). Nothing is coerced: "4" is not a number and 4.5 is not a whole number.
 */
record NumberType(ProfileField.Kind kind, int min, int max) implements FieldType {

    /** The percentages a what-if tries besides the neighbours of today's value. */
    private static final List<Integer> PERCENT_GRID = List.of(0, 1, 2, 3, 5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100);
    private static final List<String> NEIGHBOURS = List.of("-1", "-0.5", "0.5", "1");

    static NumberType scale(int min, int max) { return new NumberType(ProfileField.Kind.SCALE, min, max); }
    static NumberType wholeNumber(int min, int max) { return new NumberType(ProfileField.Kind.WHOLE_NUMBER, min, max); }
    static NumberType percent() { return new NumberType(ProfileField.Kind.PERCENT, 0, 100); }

    private boolean whole() {
        return kind != ProfileField.Kind.PERCENT;
    }

    @Override
    public Object parse(Object raw, String path, List<Violation> violations) {
        BigDecimal number = whole() ? wholeNumber(raw) : decimal(raw);
        if (number == null) {
            violations.add(new Violation(path, whole() ? "error.field.notWholeNumber" : "error.field.notNumber", min, max));
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            violations.add(new Violation(path, "error.field.outOfRange", min, max));
            return null;
        }
        return whole() ? (Object) number.intValueExact() : (Object) ((Number) raw).doubleValue();
    }

    @Override
    public List<Object> domain() {
        return kind == ProfileField.Kind.SCALE ? IntStream.rangeClosed(min, max).boxed().map(i -> (Object) i).toList() : List.of();
    }

    /** Scales: every point. Open numbers: a grid over the range plus today's value ±0.5 and ±1, within the range. */
    @Override
    public List<Object> candidates(Object current) {
        if (kind == ProfileField.Kind.SCALE) {
            return domain();
        }
        TreeSet<BigDecimal> values = new TreeSet<>();
        if (whole()) {
            for (int v = min; v <= max; v += Math.max(1, (max - min) / 20)) {
                values.add(BigDecimal.valueOf(v));
            }
            values.add(BigDecimal.valueOf(max));
        } else {
            PERCENT_GRID.forEach(v -> values.add(BigDecimal.valueOf(v)));
        }
        if (current instanceof Number n) {
            BigDecimal now = new BigDecimal(n.toString());
            NEIGHBOURS.forEach(step -> values.add(now.add(new BigDecimal(step))));
        }
        List<Object> out = new ArrayList<>();
        for (BigDecimal v : values) {
            boolean inRange = v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0;
            boolean fits = !whole() || v.stripTrailingZeros().scale() <= 0;
            if (inRange && fits) {
                out.add(whole() ? (Object) v.intValueExact() : (Object) v.doubleValue());
            }
        }
        return out;
    }

    @Override
    public double rank(Object value) {
        return ((Number) value).doubleValue();
    }

    @Override
    public Double unknownStart() {
        return (min + max) / 2.0;
    }

    /** Whole values as integers (a percentage of 5.0 is written 5), others as they are. */
    @Override
    public Object json(Object value) {
        return value instanceof Double d && d == Math.rint(d) ? (Object) (int) Math.round(d) : value;
    }

    /** Numbers as the language writes them, without needless decimals: 5, 2.5 in English, 2,5 in Dutch. */
    @Override
    public String words(String path, Object value, Locale locale) {
        return value instanceof Number n ? ProfileValues.number(n, locale) : FieldType.super.words(path, value, locale);
    }

    private static BigDecimal wholeNumber(Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof BigInteger) {
            return new BigDecimal(raw.toString());
        }
        if (raw instanceof Double || raw instanceof Float || raw instanceof BigDecimal) {
            BigDecimal decimal = new BigDecimal(raw.toString());
            return decimal.stripTrailingZeros().scale() <= 0 ? decimal : null;
        }
        return null;
    }

    private static BigDecimal decimal(Object raw) {
        if (!(raw instanceof Number n) || raw instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        }
        return new BigDecimal(n.toString());
    }
}
