package org.cxadvisor.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The company as it describes itself: the one fact the rules reason over. Field names are the product
 * contract (shared/spec.md). A null optional field means "unknown": rules that need it do not fire.
 * Instances are immutable; what-ifs build new profiles from changed {@link #values()}.
 */
public record CompanyProfile(
        String name,
        Sector sector,
        Market market,
        Offering offering,
        PricePositioning pricePositioning,
        int processValue,
        int entertainmentValue,
        Integer relationshipWarmth,
        Integer targetRelationshipWarmth,
        JourneyScope journeyScope,
        CustomerValue customerValue,
        Integer personalization,
        Integer employeeEngagement,
        Boolean hiringForServiceAttitude,
        Double complaintRatePercent,
        ServiceRecovery serviceRecovery,
        Boolean personalGestures,
        CsrCommitment csrCommitment,
        Integer socialMediaPresence,
        Boolean opinionLeaderProgram,
        Boolean sensoryDesign,
        Boolean plannedSurprises,
        Boolean brandStorytelling,
        Experimentation experimentation,
        Integer standardization,
        Integer npsScore,
        Double retentionRatePercent,
        Integer customersPerMonth) {

    /** The profile as a flat map from field path (e.g. {@code customerValue.emotional}) to value; unknown fields are absent. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ProfileField field : ProfileField.values()) {
            Object value = field.read(this);
            if (value != null) {
                values.put(field.path(), value);
            }
        }
        return values;
    }

    /** Builds a profile from already validated, typed values keyed by field path; see {@link ProfileReader}. */
    static CompanyProfile fromValues(Map<String, Object> v) {
        CustomerValue customerValue = v.containsKey("customerValue.functional")
                ? new CustomerValue((Integer) v.get("customerValue.functional"), (Integer) v.get("customerValue.economic"),
                        (Integer) v.get("customerValue.emotional"), (Integer) v.get("customerValue.symbolic"))
                : null;
        return new CompanyProfile((String) v.get("name"), (Sector) v.get("sector"), (Market) v.get("market"),
                (Offering) v.get("offering"), (PricePositioning) v.get("pricePositioning"),
                (Integer) v.get("processValue"), (Integer) v.get("entertainmentValue"),
                (Integer) v.get("relationshipWarmth"), (Integer) v.get("targetRelationshipWarmth"),
                (JourneyScope) v.get("journeyScope"), customerValue, (Integer) v.get("personalization"),
                (Integer) v.get("employeeEngagement"), (Boolean) v.get("hiringForServiceAttitude"),
                (Double) v.get("complaintRatePercent"), (ServiceRecovery) v.get("serviceRecovery"),
                (Boolean) v.get("personalGestures"), (CsrCommitment) v.get("csrCommitment"),
                (Integer) v.get("socialMediaPresence"), (Boolean) v.get("opinionLeaderProgram"),
                (Boolean) v.get("sensoryDesign"), (Boolean) v.get("plannedSurprises"),
                (Boolean) v.get("brandStorytelling"), (Experimentation) v.get("experimentation"),
                (Integer) v.get("standardization"), (Integer) v.get("npsScore"),
                (Double) v.get("retentionRatePercent"), (Integer) v.get("customersPerMonth"));
    }
}
