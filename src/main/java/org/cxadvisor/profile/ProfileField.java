package org.cxadvisor.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every field of the company profile with its type and domain, in the order of the contract.
 * This table is the single description of the profile: parsing, validation, open questions, what-if
 * changes, sweeps and the intake form all read it.
 */
public enum ProfileField {
    NAME("name", Kind.TEXT, true, 1, 200, null, CompanyProfile::name),
    SECTOR("sector", Kind.CHOICE, true, 0, 0, Sector.class, CompanyProfile::sector),
    MARKET("market", Kind.CHOICE, true, 0, 0, Market.class, CompanyProfile::market),
    OFFERING("offering", Kind.CHOICE, true, 0, 0, Offering.class, CompanyProfile::offering),
    PRICE_POSITIONING("pricePositioning", Kind.CHOICE, true, 0, 0, PricePositioning.class, CompanyProfile::pricePositioning),
    PROCESS_VALUE("processValue", Kind.SCALE, true, 1, 5, null, CompanyProfile::processValue),
    ENTERTAINMENT_VALUE("entertainmentValue", Kind.SCALE, true, 1, 5, null, CompanyProfile::entertainmentValue),
    RELATIONSHIP_WARMTH("relationshipWarmth", Kind.SCALE, false, 1, 5, null, CompanyProfile::relationshipWarmth),
    TARGET_RELATIONSHIP_WARMTH("targetRelationshipWarmth", Kind.SCALE, false, 1, 5, null, CompanyProfile::targetRelationshipWarmth),
    JOURNEY_SCOPE("journeyScope", Kind.CHOICE, false, 0, 0, JourneyScope.class, CompanyProfile::journeyScope),
    CUSTOMER_VALUE_FUNCTIONAL("customerValue.functional", Kind.SCALE, false, 1, 5, null, p -> part(p, CustomerValue::functional)),
    CUSTOMER_VALUE_ECONOMIC("customerValue.economic", Kind.SCALE, false, 1, 5, null, p -> part(p, CustomerValue::economic)),
    CUSTOMER_VALUE_EMOTIONAL("customerValue.emotional", Kind.SCALE, false, 1, 5, null, p -> part(p, CustomerValue::emotional)),
    CUSTOMER_VALUE_SYMBOLIC("customerValue.symbolic", Kind.SCALE, false, 1, 5, null, p -> part(p, CustomerValue::symbolic)),
    PERSONALIZATION("personalization", Kind.SCALE, false, 1, 5, null, CompanyProfile::personalization),
    EMPLOYEE_ENGAGEMENT("employeeEngagement", Kind.SCALE, false, 1, 5, null, CompanyProfile::employeeEngagement),
    HIRING_FOR_SERVICE_ATTITUDE("hiringForServiceAttitude", Kind.YES_NO, false, 0, 0, null, CompanyProfile::hiringForServiceAttitude),
    COMPLAINT_RATE_PERCENT("complaintRatePercent", Kind.PERCENT, false, 0, 100, null, CompanyProfile::complaintRatePercent),
    SERVICE_RECOVERY("serviceRecovery", Kind.CHOICE, false, 0, 0, ServiceRecovery.class, CompanyProfile::serviceRecovery),
    PERSONAL_GESTURES("personalGestures", Kind.YES_NO, false, 0, 0, null, CompanyProfile::personalGestures),
    CSR_COMMITMENT("csrCommitment", Kind.CHOICE, false, 0, 0, CsrCommitment.class, CompanyProfile::csrCommitment),
    SOCIAL_MEDIA_PRESENCE("socialMediaPresence", Kind.SCALE, false, 1, 5, null, CompanyProfile::socialMediaPresence),
    OPINION_LEADER_PROGRAM("opinionLeaderProgram", Kind.YES_NO, false, 0, 0, null, CompanyProfile::opinionLeaderProgram),
    SENSORY_DESIGN("sensoryDesign", Kind.YES_NO, false, 0, 0, null, CompanyProfile::sensoryDesign),
    PLANNED_SURPRISES("plannedSurprises", Kind.YES_NO, false, 0, 0, null, CompanyProfile::plannedSurprises),
    BRAND_STORYTELLING("brandStorytelling", Kind.YES_NO, false, 0, 0, null, CompanyProfile::brandStorytelling),
    EXPERIMENTATION("experimentation", Kind.CHOICE, false, 0, 0, Experimentation.class, CompanyProfile::experimentation),
    STANDARDIZATION("standardization", Kind.SCALE, false, 1, 5, null, CompanyProfile::standardization),
    NPS_SCORE("npsScore", Kind.WHOLE_NUMBER, false, -100, 100, null, CompanyProfile::npsScore),
    RETENTION_RATE_PERCENT("retentionRatePercent", Kind.PERCENT, false, 0, 100, null, CompanyProfile::retentionRatePercent),
    CUSTOMERS_PER_MONTH("customersPerMonth", Kind.WHOLE_NUMBER, false, 1, 1_000_000_000, null, CompanyProfile::customersPerMonth);

    /** What kind of answer a field takes; decides parsing, validation and how a form asks for it. */
    public enum Kind { TEXT, CHOICE, SCALE, WHOLE_NUMBER, PERCENT, YES_NO }

    /** The group that holds the four customer-value fields; known only as a whole. */
    public static final String CUSTOMER_VALUE = "customerValue";

    private final String path;
    private final Kind kind;
    private final boolean required;
    private final int min;
    private final int max;
    private final Class<? extends Enum<?>> choices;
    private final Function<CompanyProfile, Object> reader;

    ProfileField(String path, Kind kind, boolean required, int min, int max,
                 Class<? extends Enum<?>> choices, Function<CompanyProfile, Object> reader) {
        this.path = path;
        this.kind = kind;
        this.required = required;
        this.min = min;
        this.max = max;
        this.choices = choices;
        this.reader = reader;
    }

    public String path() { return path; }
    public Kind kind() { return kind; }
    public boolean required() { return required; }
    /** Lower bound: a number's minimum, or a text's minimum length. */
    public int min() { return min; }
    /** Upper bound: a number's maximum, or a text's maximum length. */
    public int max() { return max; }

    /** True for the four parts of {@code customerValue}. */
    public boolean isCustomerValuePart() {
        return path.startsWith(CUSTOMER_VALUE + ".");
    }

    /** The allowed values of a CHOICE field, in declaration order; empty for other kinds. */
    public List<String> choiceNames() {
        return choices == null ? List.of()
                : Arrays.stream(choices.getEnumConstants()).map(Enum::name).toList();
    }

    /** Every value a field with a finite domain can take (choices, yes/no, scale points); empty otherwise. */
    public List<Object> finiteDomain() {
        return switch (kind) {
            case CHOICE -> List.copyOf(Arrays.asList(choices.getEnumConstants()));
            case YES_NO -> List.of(false, true);
            case SCALE -> java.util.stream.IntStream.rangeClosed(min, max).boxed().map(i -> (Object) i).toList();
            default -> List.of();
        };
    }

    Class<? extends Enum<?>> choiceType() { return choices; }

    public Object read(CompanyProfile profile) {
        return reader.apply(profile);
    }

    public static Optional<ProfileField> byPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }

    private static Integer part(CompanyProfile p, Function<CustomerValue, Integer> part) {
        return p.customerValue() == null ? null : part.apply(p.customerValue());
    }
}
