package org.cxadvisor.advice;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Orders advice by importance, as the sources rank it: by roadmap step ({@link AdviceCategory.Step}), then by the
 * size of the gap (priority), then by category. Gives each item its horizon: NOW for at most three foundations
 * (core process, complaints, people) with a real gap, NEXT for the other high and medium gaps, LATER for small ones;
 * the list runs NOW, NEXT, LATER. Keeps one item per advice id (the largest gap when priority bands overlap) and at
 * most ten items: what falls off is small and comes last, not worth a client's attention this round.
 */
public final class AdviceRanking {

    public static final int MAX_ITEMS = 10;
    public static final int MAX_NOW = 3;

    /** An advice with its ranking keys looked up once, not at every comparison (what-ifs rank thousands of lists). */
    private record Ranked(Advice advice, AdviceCategory.Step step, int categoryRank) {
        Ranked(Advice advice) {
            this(advice, advice.step(), advice.categoryRank());
        }
    }

    /** Of two advice with the same id, the one with the larger gap; on a tie, the rule first by name. */
    private static final Comparator<Advice> LARGEST_GAP = Comparator.comparing(Advice::priority)
            .thenComparing(Advice::rule);

    private static final Comparator<Ranked> IMPORTANCE = Comparator.comparing(Ranked::step)
            .thenComparing((Ranked r) -> r.advice().priority()).thenComparingInt(Ranked::categoryRank)
            .thenComparing((Ranked r) -> r.advice().id());

    private AdviceRanking() {
    }

    // Arrays and a linear search, not streams and maps: every evaluation of every what-if ranks its advice, a dozen
    // or two items, and this is what they allocate per request.
    public static List<Advice> rank(Collection<Advice> advice) {
        Ranked[] byImportance = largestGapPerId(advice);
        Arrays.sort(byImportance, IMPORTANCE);
        Horizon[] horizons = new Horizon[byImportance.length];
        int now = 0;
        for (int i = 0; i < byImportance.length; i++) {
            Ranked r = byImportance[i];
            if (r.advice().priority() == Priority.LOW) {
                horizons[i] = Horizon.LATER;
            } else if (r.step().isFoundation() && now < MAX_NOW) {
                horizons[i] = Horizon.NOW;
                now++;
            } else {
                horizons[i] = Horizon.NEXT;
            }
        }
        Advice[] ranked = new Advice[Math.min(MAX_ITEMS, byImportance.length)];
        int taken = 0;
        for (Horizon horizon : Horizon.values()) {   // NOW, NEXT, LATER, each in order of importance
            for (int i = 0; i < byImportance.length && taken < ranked.length; i++) {
                if (horizons[i] == horizon) {
                    ranked[taken++] = byImportance[i].advice().at(horizon);
                }
            }
        }
        return List.of(ranked);
    }

    private static Ranked[] largestGapPerId(Collection<Advice> advice) {
        Advice[] kept = new Advice[advice.size()];
        int ids = 0;
        for (Advice a : advice) {
            int same = 0;
            while (same < ids && !kept[same].id().equals(a.id())) {
                same++;
            }
            if (same == ids) {
                kept[ids++] = a;
            } else if (LARGEST_GAP.compare(a, kept[same]) < 0) {
                kept[same] = a;
            }
        }
        Ranked[] ranked = new Ranked[ids];
        for (int i = 0; i < ids; i++) {
            ranked[i] = new Ranked(kept[i]);
        }
        return ranked;
    }
}
