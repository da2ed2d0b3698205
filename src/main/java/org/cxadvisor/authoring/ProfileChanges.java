package org.cxadvisor.authoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cxadvisor.profile.ProfileField;

/**
 * Applies a test's {@code changes:} to a profile in its JSON form: {@code complaintRatePercent: 9},
 * nested fields as {@code customerValue.emotional: 4}, and {@code null} to make a field unknown. The result is read
 * (and validated) with {@code ProfileReader.read}, exactly like a profile sent to the API.
 */
final class ProfileChanges {

    private ProfileChanges() {
    }

    static boolean isField(String path) {
        return path != null && (ProfileField.byPath(path).isPresent() || path.equals(ProfileField.CUSTOMER_VALUE));
    }

    static String suggestion(String path) {
        Set<String> names = new TreeSet<>();
        for (ProfileField f : ProfileField.values()) {
            names.add(f.path());
        }
        return NearMiss.closest(path == null ? "" : path, names);
    }

    @SuppressWarnings("unchecked")
    static void apply(Map<String, Object> json, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            if (value == null) {
                json.remove(path);
            } else {
                json.put(path, value);
            }
            return;
        }
        String group = path.substring(0, dot);
        Object nested = json.get(group);
        Map<String, Object> map = nested instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m)
                : new LinkedHashMap<>();
        if (value == null) {
            map.remove(path.substring(dot + 1));
        } else {
            map.put(path.substring(dot + 1), value);
        }
        if (map.isEmpty()) {
            json.remove(group);
        } else {
            json.put(group, map);
        }
    }
}
