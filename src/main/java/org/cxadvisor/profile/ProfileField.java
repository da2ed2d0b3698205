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
    NAME("name", Kind.TEXT, true, 1, 200, null, FieldRole.CONTEXT, Better.EITHER, CompanyProfile::name),
    SECTOR("sector", Kind.CHOICE, true, 0, 0, Sector.class, FieldRole.CONTEXT, Better.EITHER, CompanyProfile::sector),
    MARKET("market", Kind.CHOICE, true, 0, 0, Market.class, FieldRole.CONTEXT, Better.EITHER, CompanyProfile::market),
    OFFERING("offering", Kind.CHOICE, true, 0, 0, Offering.class, FieldRole.CONTEXT, Better.EITHER, CompanyProfile::offering),
    PRICE_POSITIONING("pricePositioning", Kind.CHOICE, true, 0, 0, PricePositioning.class, FieldRole.CONTEXT, Better.EITHER, CompanyProfile::pricePositioning),
    PROCESS_VALUE("processValue", Kind.SCALE, true, 1, 5, null, FieldRole.LEVER, Better.HIGHER, CompanyProfile::processValue),
    ENTERTAINMENT_VALUE("entertainmentValue", Kind.SCALE, true, 1, 5, null, FieldRole.LEVER, Better.HIGHER, CompanyProfile::entertainmentValue),
    RELATIONSHIP_WARMTH("relationshipWarmth", Kind.SCALE, false, 1, 5, null, FieldRole.LEVER, Better.TOWARD_TARGET, CompanyProfile::relationshipWarmth),
    TARGET_RELATIONSHIP_WARMTH("targetRelationshipWarmth", Kind.SCALE, false, 1, 5, null, FieldRole.LEVER, Better.EITHER, CompanyProfile::targetRelationshipWarmth),
    JOURNEY_SCOPE("journeyScope", Kind.CHOICE, false, 0, 0, JourneyScope.class, FieldRole.LEVER, Better.HIGHER, CompanyProfile::journeyScope),
    CUSTOMER_VALUE_FUNCTIONAL("customerValue.functional", Kind.SCALE, false, 1, 5, null, FieldRole.CONTEXT, Better.EITHER, p -> part(p, CustomerValue::functional)),
    CUSTOMER_VALUE_ECONOMIC("customerValue.economic", Kind.SCALE, false, 1, 5, null, FieldRole.CONTEXT, Better.EITHER, p -> part(p, CustomerValue::economic)),
    CUSTOMER_VALUE_EMOTIONAL("customerValue.emotional", Kind.SCALE, false, 1, 5, null, FieldRole.CONTEXT, Better.EITHER, p -> part(p, CustomerValue::emotional)),
    CUSTOMER_VALUE_SYMBOLIC("customerValue.symbolic", Kind.SCALE, false, 1, 5, null, FieldRole.CONTEXT, Better.EITHER, p -> part(p, CustomerValue::symbolic)),
    PERSONALIZATION("personalization", Kind.SCALE, false, 1, 5, null, FieldRole.LEVER, Better.HIGHER, CompanyProfile::personalization),
    EMPLOYEE_ENGAGEMENT("employeeEngagement", Kind.SCALE, false, 1, 5, null, FieldRole.LEVER, Better.HIGHER, CompanyProfile::employeeEngagement),
    HIRING_FOR_SERVICE_ATTITUDE("hiringForServiceAttitude", Kind.YES_NO, false, 0, 0, null, FieldRole.LEVER, Better.HIGHER, CompanyProfile::hiringForServiceAttitude),
    COMPLAINT_RATE_PERCENT("complaintRatePercent", Kind.PERCENT, false, 0, 100, null, FieldRole.LEVER, Better.LOWER, CompanyProfile::complaintRatePercent),
    SERVICE_RECOVERY("serviceRecovery", Kind.CHOICE, false, 0, 0, ServiceRecovery.class, FieldRole.LEVER, Better.HIGHER, CompanyProfile::serviceRecovery),
    PERSONAL_GESTURES("personalGestures", Kind.YES_NO, false, 0, 0, null, FieldRole.LEVER, Better.HIGHER, CompanyProfile::personalGestures),
    CSR_COMMITMENT("csrCommitment", Kind.CHOICE, false, 0, 0, CsrCommitment.class, FieldRole.LEVER, Better.HIGHER, CompanyProfile::csrCommitment),
    SOCIAL_MEDIA_PRESENCE("socialMediaPresence", Kind.SCALE, false, 1, 5, null, FieldRole.LEVER, Better.HIGHER, CompanyProfile::socialMediaPresence),
    OPINION_LEADER_PROGRAM("opinionLeaderProgram", Kind.YES_NO, false, 0, 0, null, FieldRole.LEVER, Better.HIGHER, CompanyProfile::opinionLeaderProgram),
    SENSORY_DESIGN("sensoryDesign", Kind.YES_NO, false, 0, 0, null, FieldRole.LEVER, Better.HIGHER, CompanyProfile::sensoryDesign),
    PLANNED_SURPRISES("plannedSurprises", Kind.YES_NO, false, 0, 0, null, FieldRole.LEVER, Better.HIGHER, CompanyProfile::plannedSurprises),
    BRAND_STORYTELLING("brandStorytelling", Kind.YES_NO, false, 0, 0, null, FieldRole.LEVER, Better.HIGHER, CompanyProfile::brandStorytelling),
    EXPERIMENTATION("experimentation", Kind.CHOICE, false, 0, 0, Experimentation.class, FieldRole.LEVER, Better.HIGHER, CompanyProfile::experimentation),
    STANDARDIZATION("standardization", Kind.SCALE, false, 1, 5, null, FieldRole.LEVER, Better.EITHER, CompanyProfile::standardization),
    NPS_SCORE("npsScore", Kind.WHOLE_NUMBER, false, -100, 100, null, FieldRole.LEVER, Better.HIGHER, CompanyProfile::npsScore),
    RETENTION_RATE_PERCENT("retentionRatePercent", Kind.PERCENT, false, 0, 100, null, FieldRole.LEVER, Better.HIGHER, CompanyProfile::retentionRatePercent);

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
    private final FieldRole role;
    private final Better better;
    private final Function<CompanyProfile, Object> reader;

    ProfileField(String path, Kind kind, boolean required, int min, int max, Class<? extends Enum<?>> choices,
                 FieldRole role, Better better, Function<CompanyProfile, Object> reader) {
        this.path = path;
        this.kind = kind;
        this.required = required;
        this.min = min;
        this.max = max;
        this.choices = choices;
        this.role = role;
        this.better = better;
        this.reader = reader;
    }

    public String path() { return path; }
    public Kind kind() { return kind; }
    public boolean required() { return required; }
    /** Lower bound: a number's minimum, or a text's minimum length. */
    public int min() { return min; }
    /** Upper bound: a number's maximum, or a text's maximum length. */
    public int max() { return max; }

    /** Whether the field is a lever the company can move or the context it works in (what-if analysis). */
    public FieldRole role() { return role; }
    public Better better() { return better; }

    /**
     * Whether changing this field of {@code profile} from {@code from} to {@code to} (JSON form: enum names,
     * numbers, booleans) makes a practice worse. From an unknown value nothing is worse: that is an answer, not a step.
     */
    public boolean worsens(CompanyProfile profile, Object from, Object to) {
        if (from == null || to == null) {
            return false;
        }
        return switch (better) {
            case HIGHER -> rank(to) < rank(from);
            case LOWER -> rank(to) > rank(from);
            case EITHER -> false;
            case TOWARD_TARGET -> profile.targetRelationshipWarmth() != null
                    && Math.abs(rank(to) - profile.targetRelationshipWarmth()) > Math.abs(rank(from) - profile.targetRelationshipWarmth());
        };
    }

    private double rank(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return choiceNames().indexOf(value instanceof Enum<?> e ? e.name() : value.toString());
    }

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
