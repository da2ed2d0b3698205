package org.cxadvisor.advice;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The contract's advice categories, each on the step of the roadmap where the sources put it: foundations first
 * (the core process and the causes of complaints: K8, K15, K25), then the people who face customers (K11), then the
 * relationship (K2-K6) and the strategy track (K13-K18), then the experience tactics. Declared in that order, which
 * also orders categories within a step.
 */
public enum AdviceCategory {
    PROCESS_EXCELLENCE(Step.FOUNDATIONS),
    DISAPPOINTMENT_TO_DELIGHT(Step.FOUNDATIONS),
    AMBASSADORS(Step.PEOPLE),
    RELATIONSHIP(Step.RELATIONSHIP_AND_STRATEGY),
    STRATEGY_TRACK(Step.RELATIONSHIP_AND_STRATEGY),
    EMOTIONAL_CONNECTION(Step.EXPERIENCE_TACTICS),
    FEEL_SPECIAL(Step.EXPERIENCE_TACTICS),
    STAGING(Step.EXPERIENCE_TACTICS),
    STORYTELLING(Step.EXPERIENCE_TACTICS),
    SENSES(Step.EXPERIENCE_TACTICS),
    SURPRISE(Step.EXPERIENCE_TACTICS),
    SOCIAL_RESPONSIBILITY(Step.EXPERIENCE_TACTICS),
    OPINION_LEADERS(Step.EXPERIENCE_TACTICS),
    CONTROLLED_EXPERIMENTS(Step.EXPERIENCE_TACTICS);

    /** The steps of the roadmap, most fundamental first. */
    public enum Step {
        FOUNDATIONS, PEOPLE, RELATIONSHIP_AND_STRATEGY, EXPERIENCE_TACTICS;

        /** The steps a company acts on first (horizon NOW). */
        public boolean isFoundation() {
            return this == FOUNDATIONS || this == PEOPLE;
        }
    }

    private final Step step;

    AdviceCategory(Step step) {
        this.step = step;
    }

    public Step step() {
        return step;
    }

    /** Ranking looks categories up for every comparison of two advice: a map, not a search. */
    private static final Map<String, AdviceCategory> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Enum::name, c -> c));

    /** How many categories there are: an unknown category ranks after all of them. */
    static final int COUNT = BY_NAME.size();

    public static Optional<AdviceCategory> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name));
    }

    /** The names, for messages that list them. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
