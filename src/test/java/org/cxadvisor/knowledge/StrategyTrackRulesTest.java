package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxadvisor.support.ShippedRules.advice;
import static org.cxadvisor.support.ShippedRules.evaluate;
import static org.cxadvisor.support.ShippedRules.strength;

import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;

/** rules/strategy-track.drl: the track customers' value calls for, weighed by how far the company is from it. */
class StrategyTrackRulesTest {

    private static Profiles practical() {
        return Profiles.neutral().customerValue(5, 4, 2, 2);
    }

    private static Profiles balanced() {
        return Profiles.neutral().customerValue(4, 3, 3, 3);
    }

    private static Profiles emotional() {
        return Profiles.neutral().customerValue(2, 2, 5, 4);
    }

    @Test
    void performanceTrackIsHighWhenTheProcessIsPoor() {
        assertThat(advice(evaluate(practical().with("processValue", 2)), "follow-performance-track").priority()).isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(practical().with("processValue", 3)), "follow-performance-track").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(practical().with("processValue", 4)), "follow-performance-track")).isNull();
        assertThat(strength(evaluate(practical().with("processValue", 4)), "performance-delivered")).isTrue();
        assertThat(advice(evaluate(balanced().with("processValue", 2)), "follow-performance-track")).isNull();
        assertThat(advice(evaluate(Profiles.neutral().with("processValue", 2)), "follow-performance-track")).isNull();
    }

    @Test
    void customizationTrackIsHighWithLittleTailoring() {
        assertThat(advice(evaluate(balanced().with("personalization", 2)), "follow-customization-track").priority()).isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(balanced().with("personalization", 3)), "follow-customization-track").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(balanced().with("personalization", 4)), "follow-customization-track")).isNull();
        assertThat(strength(evaluate(balanced().with("personalization", 4)), "customization-delivered")).isTrue();
        assertThat(advice(evaluate(balanced()), "follow-customization-track").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(practical().with("personalization", 1)), "follow-customization-track")).isNull();
    }

    @Test
    void experienceTrackIsHighWithLittleEntertainment() {
        assertThat(advice(evaluate(emotional().with("entertainmentValue", 2)), "follow-experience-track").priority()).isEqualTo(Priority.HIGH);
        assertThat(advice(evaluate(emotional().with("entertainmentValue", 3)), "follow-experience-track").priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice(evaluate(emotional().with("entertainmentValue", 4)), "follow-experience-track")).isNull();
        assertThat(strength(evaluate(emotional().with("entertainmentValue", 4)), "experience-delivered")).isTrue();
        assertThat(advice(evaluate(balanced().with("entertainmentValue", 1)), "follow-experience-track")).isNull();
    }
}
