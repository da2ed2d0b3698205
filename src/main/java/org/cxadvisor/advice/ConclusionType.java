package org.cxadvisor.advice;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every kind of conclusion the classification rules can draw: the contract's four, and those that reconcile the
 * sources for one company. The one place that lists them; the validator, the rule tests and the report use it.
 */
public enum ConclusionType {
    EXPERIENCE_QUADRANT(false, ExperienceQuadrant.values()),
    VALUE_FOCUS(false, ValueFocus.values()),
    STRATEGY_TRACK(false, StrategyTrack.values()),
    /** An integer: wanted warmth minus today's warmth. */
    RELATIONSHIP_GAP(false),
    EXPERIENCE_TACTICS(true, ExperienceTactics.values()),
    SECTOR_FIT(false, SectorFit.values());

    private final boolean reconciles;
    private final List<ConclusionValue> values;

    ConclusionType(boolean reconciles, ConclusionValue... values) {
        this.reconciles = reconciles;
        this.values = List.of(values);
    }

    boolean reconciles() {
        return reconciles;
    }

    /** The named values; empty for a numeric conclusion. */
    public List<ConclusionValue> named() {
        return values;
    }

    /** Every named value of every type, for messages that list them. */
    public static String valueNames() {
        return String.join(", ", Arrays.stream(values()).flatMap(t -> t.values.stream()).map(ConclusionValue::name).toList());
    }

    public static Optional<ConclusionType> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(Lookup.TYPES.get(name));
    }

    /** A named value of any conclusion type, e.g. "CARE_AND_PUBLIC". */
    public static Optional<ConclusionValue> valueByName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(Lookup.VALUES.get(name));
    }

    /** Reports look conclusions up by name for every request: maps, built when first needed (after the constants). */
    private static final class Lookup {
        static final Map<String, ConclusionType> TYPES = Arrays.stream(ConclusionType.values())
                .collect(Collectors.toUnmodifiableMap(Enum::name, t -> t));
        // the first type that names a value wins, as the search in type order did
        static final Map<String, ConclusionValue> VALUES = Arrays.stream(ConclusionType.values())
                .flatMap(t -> t.values.stream())
                .collect(Collectors.toUnmodifiableMap(ConclusionValue::name, v -> v, (first, later) -> first));
    }
}
