package org.cxadvisor.profile;

import java.util.List;
import java.util.Locale;
import org.cxadvisor.i18n.Messages;

/** Yes or no: JSON true or false. */
record YesNoType() implements FieldType {

    @Override
    public ProfileField.Kind kind() {
        return ProfileField.Kind.YES_NO;
    }

    @Override
    public Object parse(Object raw, String path, List<Violation> violations) {
        if (raw instanceof Boolean b) {
            return b;
        }
        violations.add(new Violation(path, "error.field.notBoolean"));
        return null;
    }

    @Override
    public List<Object> domain() {
        return List.of(false, true);
    }

    @Override
    public double rank(Object value) {
        return Boolean.TRUE.equals(value) ? 1 : 0;
    }

    @Override
    public String words(String path, Object value, Locale locale) {
        return value instanceof Boolean b ? Messages.get(locale, b ? "value.yes" : "value.no") : FieldType.super.words(path, value, locale);
    }
}
