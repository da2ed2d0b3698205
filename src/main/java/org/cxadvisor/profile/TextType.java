package org.cxadvisor.profile;

import java.util.List;

/** Free text of a bounded length (the company's name). */
record TextType(int min, int max) implements FieldType {

    @Override
    public ProfileField.Kind kind() {
        return ProfileField.Kind.TEXT;
    }

    @Override
    public Object parse(Object raw, String path, List<Violation> violations) {
        if (!(raw instanceof String text)) {
            violations.add(new Violation(path, "error.field.notText"));
            return null;
        }
        if (text.isBlank() || text.length() > max) {
            violations.add(new Violation(path, "error.field.textLength", min, max));
            return null;
        }
        return text;
    }

    @Override
    public List<Object> domain() {
        return List.of();
    }

    @Override
    public List<Object> candidates(Object current) {
        return List.of();   // a what-if never renames the company
    }

    @Override
    public double rank(Object value) {
        return 0;
    }
}
