package org.cxadvisor.advice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private static final Comparator<Ranked> IMPORTANCE = Comparator.comparing(Ranked::step)
            .thenComparing((Ranked r) -> r.advice().priority()).thenComparingInt(Ranked::categoryRank)
            .thenComparing((Ranked r) -> r.advice().id());

    private AdviceRanking() {
    }

    public static List<Advice> rank(Collection<Advice> advice) {
        Map<String, Advice> largestGap = new LinkedHashMap<>();
        advice.stream().sorted(Comparator.comparing(Advice::priority).thenComparing(Advice::rule))
                .forEach(a -> largestGap.putIfAbsent(a.id(), a));
        List<Ranked> byImportance = new ArrayList<>(largestGap.size());
        largestGap.values().forEach(a -> byImportance.add(new Ranked(a)));
        byImportance.sort(IMPORTANCE);
        List<Advice> now = new ArrayList<>();
        List<Advice> next = new ArrayList<>();
        List<Advice> later = new ArrayList<>();
        for (Ranked r : byImportance) {
            Advice a = r.advice();
            if (a.priority() == Priority.LOW) {
                later.add(a.at(Horizon.LATER));
            } else if (r.step().isFoundation() && now.size() < MAX_NOW) {
                now.add(a.at(Horizon.NOW));
            } else {
                next.add(a.at(Horizon.NEXT));
            }
        }
        List<Advice> ranked = new ArrayList<>(now);
        ranked.addAll(next);
        ranked.addAll(later);
        return List.copyOf(ranked.subList(0, Math.min(MAX_ITEMS, ranked.size())));
    }
}
