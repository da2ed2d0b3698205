package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AdviceRanking: roadmap steps first, then the size of the gap; NOW holds at most three foundations; ten items at most. */
class AdviceRankingTest {

    private static Advice advice(String id, String category, Priority priority) {
        return new Advice(id, category, priority, "rule for " + id, null);
    }

    @Test
    void foundationsComeBeforePeopleBeforeRelationshipBeforeTacticsWhateverTheCategoryListSays() {
        List<Advice> ranked = AdviceRanking.rank(List.of(
                advice("gesture", "FEEL_SPECIAL", Priority.HIGH),
                advice("staff", "AMBASSADORS", Priority.HIGH),
                advice("track", "STRATEGY_TRACK", Priority.HIGH),
                advice("core", "PROCESS_EXCELLENCE", Priority.MEDIUM)));
        assertThat(ranked).extracting(Advice::id).containsExactly("core", "staff", "track", "gesture");
        assertThat(ranked).extracting(Advice::horizon).containsExactly(Horizon.NOW, Horizon.NOW, Horizon.NEXT, Horizon.NEXT);
    }

    @Test
    void withinAStepTheLargerGapComesFirstAndTheCoreProcessBeforeComplaints() {
        List<Advice> ranked = AdviceRanking.rank(List.of(
                advice("complaints", "DISAPPOINTMENT_TO_DELIGHT", Priority.HIGH),
                advice("causes", "DISAPPOINTMENT_TO_DELIGHT", Priority.MEDIUM),
                advice("core", "PROCESS_EXCELLENCE", Priority.HIGH)));
        assertThat(ranked).extracting(Advice::id).containsExactly("core", "complaints", "causes");
    }

    @Test
    void nowHoldsAtMostThreeFoundationsWithARealGapAndSmallGapsComeLater() {
        List<Advice> ranked = AdviceRanking.rank(List.of(
                advice("a", "PROCESS_EXCELLENCE", Priority.HIGH), advice("b", "DISAPPOINTMENT_TO_DELIGHT", Priority.HIGH),
                advice("c", "AMBASSADORS", Priority.HIGH), advice("d", "AMBASSADORS", Priority.MEDIUM),
                advice("e", "DISAPPOINTMENT_TO_DELIGHT", Priority.LOW), advice("f", "SENSES", Priority.MEDIUM)));
        assertThat(ranked).extracting(Advice::id).containsExactly("a", "b", "c", "d", "f", "e");
        assertThat(ranked).extracting(Advice::horizon).containsExactly(Horizon.NOW, Horizon.NOW, Horizon.NOW,
                Horizon.NEXT, Horizon.NEXT, Horizon.LATER);
    }

    @Test
    void oneItemPerAdviceIdKeepsTheLargestGapOfOverlappingBands() {
        List<Advice> ranked = AdviceRanking.rank(List.of(
                new Advice("scripts", "EMOTIONAL_CONNECTION", Priority.LOW, "strict", null),
                new Advice("scripts", "EMOTIONAL_CONNECTION", Priority.MEDIUM, "fully scripted", null)));
        assertThat(ranked).singleElement().satisfies(a -> {
            assertThat(a.priority()).isEqualTo(Priority.MEDIUM);
            assertThat(a.rule()).isEqualTo("fully scripted");
        });
    }

    @Test
    void aReportHoldsAtMostTenItemsAndWhatFallsOffIsTheSmallest() {
        List<Advice> many = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            many.add(advice("low-" + i, "SURPRISE", Priority.LOW));
            many.add(advice("medium-" + i, "STORYTELLING", Priority.MEDIUM));
        }
        List<Advice> ranked = AdviceRanking.rank(many);
        assertThat(ranked).hasSize(AdviceRanking.MAX_ITEMS);
        assertThat(ranked).filteredOn(a -> a.priority() == Priority.MEDIUM).hasSize(8);
        assertThat(ranked.subList(8, 10)).allSatisfy(a -> assertThat(a.horizon()).isEqualTo(Horizon.LATER));
    }
}
