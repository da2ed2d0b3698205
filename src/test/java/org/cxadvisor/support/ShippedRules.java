package org.cxadvisor.support;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.cxadvisor.advice.Advice;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.Conclusion;
import org.cxadvisor.advice.Evaluation;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.profile.CompanyProfile;

/** The shipped knowledge base in {@code rules/}, compiled once per test run, without Spring. */
public final class ShippedRules {

    public static final Path RULES_DIR = Path.of("rules");

    private static KnowledgeBase knowledgeBase;
    private static final AdviceEngine ENGINE = new AdviceEngine(10_000);

    private ShippedRules() {
    }

    public static synchronized KnowledgeBase knowledgeBase() {
        if (knowledgeBase == null) {
            knowledgeBase = new KnowledgeBaseLoader(Clock.systemUTC()).load(RULES_DIR);
            // Warm up as the server does after start-up: a first evaluation is slow on a busy machine, and the tests
            // measure the rules, not the warm-up, against the engine's time budget.
            new AdviceEngine(10_000, Duration.ofMinutes(1)).evaluate(knowledgeBase, Profiles.neutral().build());
        }
        return knowledgeBase;
    }

    public static Evaluation evaluate(CompanyProfile profile) {
        return ENGINE.evaluate(knowledgeBase(), profile);
    }

    public static Evaluation evaluate(Profiles profile) {
        return evaluate(profile.build());
    }

    /** The value of a conclusion of the given type, or null when no rule concluded it. */
    public static Object conclusion(Evaluation evaluation, String type) {
        return evaluation.conclusions().stream().filter(c -> c.type().equals(type)).map(Conclusion::value)
                .findFirst().orElse(null);
    }

    /** Whether a rule noted the strength with this id. */
    public static boolean strength(Evaluation evaluation, String id) {
        return evaluation.strengths().stream().anyMatch(s -> s.id().equals(id));
    }

    /** The advice with this id, or null when it was not given. */
    public static Advice advice(Evaluation evaluation, String id) {
        return evaluation.advice().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }
}
