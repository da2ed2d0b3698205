package org.cxadvisor.advice;

/**
 * A value a classification rule can conclude, as a constant of one of the conclusion enums. Because rules name
 * these constants ({@code Conclusion( concluded == ExperienceQuadrant.PROCESS_DRIVEN )}), a misspelt value or type is a
 * compile error at its line rather than a condition that silently never holds.
 */
public interface ConclusionValue {

    ConclusionType conclusionType();

    String name();

    /**
     * Whether concluding this value settles a point where the sources pull against each other for this company; the
     * report's summary then says how, once, in the words of the rule that concluded it.
     */
    default boolean reconciles() {
        return conclusionType().reconciles();
    }
}
