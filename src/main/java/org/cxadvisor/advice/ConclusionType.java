package org.cxadvisor.advice;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }

    /** A named value of any conclusion type, e.g. "CARE_AND_PUBLIC". */
    public static Optional<ConclusionValue> valueByName(String name) {
        return Arrays.stream(values()).flatMap(t -> t.values.stream()).filter(v -> v.name().equals(name)).findFirst();
    }
}
