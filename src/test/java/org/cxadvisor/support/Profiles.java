package org.cxadvisor.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.CustomerValue;
import org.cxadvisor.profile.FieldGroup;
import org.cxadvisor.profile.ProfileField;
import org.cxadvisor.profile.ProfileReader;

/**
 * Builds test profiles the way a user writes them: a neutral company with only the required fields, plus the
 * changes a test cares about, as JSON-style values ({@code "employeeEngagement", 2}); nested fields as
 * {@code "customerValue.emotional"}. Neutral means: mid-market services, 3 on both experience scales.
 */
public final class Profiles {

    private final Map<String, Object> json = new LinkedHashMap<>();

    private Profiles() {
        json.put("name", "Test company");
        json.put("sector", "OTHER");
        json.put("market", "B2C");
        json.put("offering", "SERVICE");
        json.put("pricePositioning", "MID_MARKET");
        json.put("processValue", 3);
        json.put("entertainmentValue", 3);
    }

    public static Profiles neutral() {
        return new Profiles();
    }

    /** The what-if acceptance case: a lowest-price bike shop whose staff are unhappy and not hired on attitude. */
    public static Profiles unhappyStaffBikeShop() {
        return neutral().with("name", "Budget Bikes").with("sector", "RETAIL").with("offering", "PRODUCT")
                .with("pricePositioning", "LOWEST_PRICE").with("entertainmentValue", 2)
                .with("employeeEngagement", 2).with("hiringForServiceAttitude", false);
    }

    /** Sets a field; {@code null} removes it (unknown). customerValue parts need all four set. */
    public Profiles with(String path, Object value) {
        if (path.startsWith("customerValue.")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> cv = (Map<String, Object>) json.computeIfAbsent("customerValue", k -> new LinkedHashMap<>());
            cv.put(path.substring("customerValue.".length()), value);
        } else if (value == null) {
            json.remove(path);
        } else {
            json.put(path, value);
        }
        return this;
    }

    /** Sets all four customer-value scores at once. */
    public Profiles customerValue(int functional, int economic, int emotional, int symbolic) {
        return with("customerValue.functional", functional).with("customerValue.economic", economic)
                .with("customerValue.emotional", emotional).with("customerValue.symbolic", symbolic);
    }

    /** Every field drawn from the values a what-if tries; optional ones unknown a quarter of the time. */
    public static CompanyProfile random(Random random) {
        CompanyProfile profile = neutral().build();
        for (ProfileField field : ProfileField.values()) {
            if (field == ProfileField.NAME || field.group().isPresent()) {
                continue;
            }
            List<Object> values = field.type().candidates(null);
            boolean unknown = !field.required() && random.nextInt(4) == 0;
            profile = profile.with(field, unknown ? null : values.get(random.nextInt(values.size())));
        }
        CustomerValue value = random.nextInt(4) == 0 ? null : new CustomerValue(1 + random.nextInt(5),
                1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5));
        return profile.with(FieldGroup.CUSTOMER_VALUE, value);
    }

    public CompanyProfile build() {
        return ProfileReader.read(json);
    }

    /** The profile as JSON-style data, e.g. to send to the API or to spoil on purpose in a test. */
    public Map<String, Object> json() {
        Map<String, Object> copy = new LinkedHashMap<>(json);
        if (copy.get("customerValue") instanceof Map<?, ?> cv) {
            copy.put("customerValue", new LinkedHashMap<>(cv));
        }
        return copy;
    }
}
