package org.cxadvisor.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.ProfileField;

/** One answer that differs between two assessments of a company ({@code null}: unknown), in the order of the fields. */
record ChangedField(String field, Object from, Object to) {

    static List<ChangedField> between(CompanyProfile before, CompanyProfile after) {
        Map<String, Object> was = before.values();
        Map<String, Object> is = after.values();
        List<ChangedField> changed = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            Object from = was.get(field.path());
            Object to = is.get(field.path());
            if (!Objects.equals(from, to)) {
                changed.add(new ChangedField(field.path(), plain(from), plain(to)));
            }
        }
        return changed;
    }

    private static Object plain(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
