package org.cxadvisor.profile;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The company as it describes itself: the one fact the rules reason over. Field names are the product
 * contract (docs/api.md). A null optional field means "unknown": rules that need it do not fire.
 * Instances are immutable; what-ifs build new profiles with {@link #with(ProfileField, Object)}.
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
        typedValues().forEach((field, value) -> values.put(field.path(), value));
        return values;
    }

    /** The known fields with their typed values, in table order. */
    public Map<ProfileField, Object> typedValues() {
        Map<ProfileField, Object> values = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            Object value = field.read(this);
            if (value != null) {
                values.put(field, value);
            }
        }
        return values;
    }

    /**
     * This profile with one field changed to a typed value, or made unknown with null. A part of a group is changed
     * only while the group is known; see {@link #with(FieldGroup, Object)}.
     *
     * @throws IllegalArgumentException for a value the field cannot take, null for a required field, or a part of
     *                                  an unknown group
     */
    public CompanyProfile with(ProfileField field, Object value) {
        field.check(value);
        if (field.group().isPresent() && (value == null || field.group().get().read(this) == null)) {
            throw new IllegalArgumentException(field.path() + " is known only with its group " + field.group().get().key());
        }
        if (field.group().isEmpty()) {
            // a top-level field is a component: copy the others (what-ifs build thousands of profiles)
            return Records.with(this, field.path(), value);
        }
        Map<ProfileField, Object> values = typedValues();
        values.put(field, value);
        return of(values);
    }

    /** This profile with a whole group set to a typed value (e.g. a {@link CustomerValue}), or made unknown with null. */
    public CompanyProfile with(FieldGroup group, Object value) {
        Map<ProfileField, Object> values = typedValues();
        Map<String, Object> parts = group.json(value);
        for (ProfileField part : group.parts()) {
            values.put(part, parts == null ? null : parts.get(group.partKey(part)));
        }
        return of(values);
    }

    /** Builds a profile from checked, typed values; required ones must be present. */
    static CompanyProfile of(Map<ProfileField, Object> values) {
        return Records.construct(CompanyProfile.class, component -> {
            var group = FieldGroup.byKey(component);
            return group.isPresent() ? group.get().build(values) : values.get(ProfileField.byPath(component).orElseThrow());
        });
    }

    /**
     * The components (the top-level fields, as the rules' patterns name them) in which {@code other} differs from
     * this profile. A what-if tells the rules engine these, so that only the patterns that read them are evaluated
     * again (Drools' property reactivity); see the getters below.
     */
    public String[] differingComponents(CompanyProfile other) {
        return Records.differing(this, other);
    }

    // JavaBean getters for the rules engine. Drools knows a fact's properties by its getters, not by a record's
    // accessors: without them it cannot tell which patterns a changed field concerns, and a what-if's every
    // profile would re-evaluate and re-fire every rule on the profile. Rules still name the fields (sector, npsScore).
    public String getName() { return name; }
    public Sector getSector() { return sector; }
    public Market getMarket() { return market; }
    public Offering getOffering() { return offering; }
    public PricePositioning getPricePositioning() { return pricePositioning; }
    public int getProcessValue() { return processValue; }
    public int getEntertainmentValue() { return entertainmentValue; }
    public Integer getRelationshipWarmth() { return relationshipWarmth; }
    public Integer getTargetRelationshipWarmth() { return targetRelationshipWarmth; }
    public JourneyScope getJourneyScope() { return journeyScope; }
    public CustomerValue getCustomerValue() { return customerValue; }
    public Integer getPersonalization() { return personalization; }
    public Integer getEmployeeEngagement() { return employeeEngagement; }
    public Boolean getHiringForServiceAttitude() { return hiringForServiceAttitude; }
    public Double getComplaintRatePercent() { return complaintRatePercent; }
    public ServiceRecovery getServiceRecovery() { return serviceRecovery; }
    public Boolean getPersonalGestures() { return personalGestures; }
    public CsrCommitment getCsrCommitment() { return csrCommitment; }
    public Integer getSocialMediaPresence() { return socialMediaPresence; }
    public Boolean getOpinionLeaderProgram() { return opinionLeaderProgram; }
    public Boolean getSensoryDesign() { return sensoryDesign; }
    public Boolean getPlannedSurprises() { return plannedSurprises; }
    public Boolean getBrandStorytelling() { return brandStorytelling; }
    public Experimentation getExperimentation() { return experimentation; }
    public Integer getStandardization() { return standardization; }
    public Integer getNpsScore() { return npsScore; }
    public Double getRetentionRatePercent() { return retentionRatePercent; }
    public Integer getCustomersPerMonth() { return customersPerMonth; }
}
