package org.cxadvisor.profile;

import static org.cxadvisor.profile.Better.EITHER;
import static org.cxadvisor.profile.Better.HIGHER;
import static org.cxadvisor.profile.Better.LOWER;
import static org.cxadvisor.profile.Better.TOWARD_TARGET;
import static org.cxadvisor.profile.FieldRole.CONTEXT;
import static org.cxadvisor.profile.FieldRole.LEVER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every field of the company profile, in the order of the contract: its type ({@link FieldType}: parsing, domain,
 * order, what-if values, words), whether it is required, whether it is a lever or context for what-ifs and which
 * way is better. This table is the single description of the profile: parsing, validation, open questions, what-if
 * changes, sweeps, the reports and the intake form all read it.
 */
public enum ProfileField {
    NAME("name", new TextType(1, 200), true, CONTEXT, EITHER, CompanyProfile::name),
    SECTOR("sector", new ChoiceType(Sector.class), true, CONTEXT, EITHER, CompanyProfile::sector),
    MARKET("market", new ChoiceType(Market.class), true, CONTEXT, EITHER, CompanyProfile::market),
    OFFERING("offering", new ChoiceType(Offering.class), true, CONTEXT, EITHER, CompanyProfile::offering),
    PRICE_POSITIONING("pricePositioning", new ChoiceType(PricePositioning.class), true, CONTEXT, EITHER, CompanyProfile::pricePositioning),
    PROCESS_VALUE("processValue", scale(), true, LEVER, HIGHER, CompanyProfile::processValue),
    ENTERTAINMENT_VALUE("entertainmentValue", scale(), true, LEVER, HIGHER, CompanyProfile::entertainmentValue),
    RELATIONSHIP_WARMTH("relationshipWarmth", scale(), false, LEVER, TOWARD_TARGET, CompanyProfile::relationshipWarmth),
    TARGET_RELATIONSHIP_WARMTH("targetRelationshipWarmth", scale(), false, LEVER, EITHER, CompanyProfile::targetRelationshipWarmth),
    JOURNEY_SCOPE("journeyScope", new ChoiceType(JourneyScope.class), false, LEVER, HIGHER, CompanyProfile::journeyScope),
    CUSTOMER_VALUE_FUNCTIONAL("customerValue.functional", scale(), false, CONTEXT, EITHER, p -> part(p, CustomerValue::functional)),
    CUSTOMER_VALUE_ECONOMIC("customerValue.economic", scale(), false, CONTEXT, EITHER, p -> part(p, CustomerValue::economic)),
    CUSTOMER_VALUE_EMOTIONAL("customerValue.emotional", scale(), false, CONTEXT, EITHER, p -> part(p, CustomerValue::emotional)),
    CUSTOMER_VALUE_SYMBOLIC("customerValue.symbolic", scale(), false, CONTEXT, EITHER, p -> part(p, CustomerValue::symbolic)),
    PERSONALIZATION("personalization", scale(), false, LEVER, HIGHER, CompanyProfile::personalization),
    EMPLOYEE_ENGAGEMENT("employeeEngagement", scale(), false, LEVER, HIGHER, CompanyProfile::employeeEngagement),
    HIRING_FOR_SERVICE_ATTITUDE("hiringForServiceAttitude", new YesNoType(), false, LEVER, HIGHER, CompanyProfile::hiringForServiceAttitude),
    COMPLAINT_RATE_PERCENT("complaintRatePercent", NumberType.percent(), false, LEVER, LOWER, CompanyProfile::complaintRatePercent),
    SERVICE_RECOVERY("serviceRecovery", new ChoiceType(ServiceRecovery.class), false, LEVER, HIGHER, CompanyProfile::serviceRecovery),
    PERSONAL_GESTURES("personalGestures", new YesNoType(), false, LEVER, HIGHER, CompanyProfile::personalGestures),
    CSR_COMMITMENT("csrCommitment", new ChoiceType(CsrCommitment.class), false, LEVER, HIGHER, CompanyProfile::csrCommitment),
    SOCIAL_MEDIA_PRESENCE("socialMediaPresence", scale(), false, LEVER, HIGHER, CompanyProfile::socialMediaPresence),
    OPINION_LEADER_PROGRAM("opinionLeaderProgram", new YesNoType(), false, LEVER, HIGHER, CompanyProfile::opinionLeaderProgram),
    SENSORY_DESIGN("sensoryDesign", new YesNoType(), false, LEVER, HIGHER, CompanyProfile::sensoryDesign),
    PLANNED_SURPRISES("plannedSurprises", new YesNoType(), false, LEVER, HIGHER, CompanyProfile::plannedSurprises),
    BRAND_STORYTELLING("brandStorytelling", new YesNoType(), false, LEVER, HIGHER, CompanyProfile::brandStorytelling),
    EXPERIMENTATION("experimentation", new ChoiceType(Experimentation.class), false, LEVER, HIGHER, CompanyProfile::experimentation),
    STANDARDIZATION("standardization", scale(), false, LEVER, EITHER, CompanyProfile::standardization),
    NPS_SCORE("npsScore", NumberType.wholeNumber(-100, 100), false, LEVER, HIGHER, CompanyProfile::npsScore),
    RETENTION_RATE_PERCENT("retentionRatePercent", NumberType.percent(), false, LEVER, HIGHER, CompanyProfile::retentionRatePercent),
    CUSTOMERS_PER_MONTH("customersPerMonth", NumberType.wholeNumber(1, 1_000_000_000), false, CONTEXT, EITHER, CompanyProfile::customersPerMonth);

    /** What kind of answer a field takes, as the profile schema names it for the pages. */
    public enum Kind { TEXT, CHOICE, SCALE, WHOLE_NUMBER, PERCENT, YES_NO }

    /** Reports and what-ifs look fields up by path for every placeholder and change. */
    private static final Map<String, ProfileField> BY_PATH = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ProfileField::path, f -> f));

    private final String path;
    private final FieldType type;
    private final boolean required;
    private final FieldRole role;
    private final Better better;
    private final Function<CompanyProfile, Object> reader;

    ProfileField(String path, FieldType type, boolean required, FieldRole role, Better better,
                 Function<CompanyProfile, Object> reader) {
        this.path = path;
        this.type = type;
        this.required = required;
        this.role = role;
        this.better = better;
        this.reader = reader;
    }

    public String path() { return path; }
    public FieldType type() { return type; }
    public Kind kind() { return type.kind(); }
    public boolean required() { return required; }
    public int min() { return type.min(); }
    public int max() { return type.max(); }
    public List<String> choiceNames() { return type.choiceNames(); }
    /** Whether the field is a lever the company can move or the context it works in (what-if analysis). */
    public FieldRole role() { return role; }
    public Better better() { return better; }

    /** The group this field is a part of ({@code customerValue}), known only as a whole; empty for most fields. */
    public Optional<FieldGroup> group() {
        return FieldGroup.of(this);
    }

    /** The key under which the field is asked and known: its group's key ({@code customerValue}), or its own path. */
    public String key() {
        return group().map(FieldGroup::key).orElse(path);
    }

    /** Today's typed value, or null when unknown. */
    public Object read(CompanyProfile profile) {
        return reader.apply(profile);
    }

    /** A value (typed, or in its JSON form) in words in a language: the one place that does so. */
    public String words(Object value, Locale locale) {
        return type.words(path, value, locale);
    }

    /** Reads a value as parsed from JSON into its type; violations name {@code at}. */
    public Object parse(Object raw, String at, List<Violation> violations) {
        return type.parse(raw, at, violations);
    }

    /**
     * Whether changing this field of {@code profile} from {@code from} to {@code to} makes a practice worse. From an
     * unknown value nothing is worse: that is an answer, not a step.
     */
    public boolean worsens(CompanyProfile profile, Object from, Object to) {
        if (from == null || to == null) {
            return false;
        }
        double before = type.rank(from);
        double after = type.rank(to);
        Integer target = profile.targetRelationshipWarmth();
        return switch (better) {
            case HIGHER -> after < before;
            case LOWER -> after > before;
            case EITHER -> false;
            case TOWARD_TARGET -> target != null && Math.abs(after - target) > Math.abs(before - target);
        };
    }

    /** Throws {@link IllegalArgumentException} unless {@code value} is a typed value of this field (or null). */
    void check(Object value) {
        List<Violation> violations = new ArrayList<>();
        if (value == null ? required : type.parse(type.json(value), path, violations) == null || !violations.isEmpty()) {
            throw new IllegalArgumentException("Not a value of " + path + ": " + value);
        }
    }

    public static Optional<ProfileField> byPath(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    private static NumberType scale() {
        return NumberType.scale(1, 5);
    }

    private static Integer part(CompanyProfile p, Function<CustomerValue, Integer> part) {
        return p.customerValue() == null ? null : part.apply(p.customerValue());
    }
}
