package org.cxadvisor.advice;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.RunawayRulesException;
import org.cxadvisor.profile.CompanyProfile;

/**
 * The one way into the rules: the API, the intake form, the what-if runner and the command line all call this.
 * Each call takes the knowledge base in service at that moment and uses that generation throughout. When a rule
 * of a generation runs away, {@code onRunaway} hears of it (the service takes that generation out of service); a
 * single evaluation of "the current rules" is then answered by the generation that serves again.
 */
public final class EvaluationService {

    private final Supplier<KnowledgeBase> knowledgeBase;
    private final AdviceEngine engine;
    private final BiConsumer<KnowledgeBase, RunawayRulesException> onRunaway;

    public EvaluationService(Supplier<KnowledgeBase> knowledgeBase, AdviceEngine engine) {
        this(knowledgeBase, engine, (kb, e) -> { });
    }

    public EvaluationService(Supplier<KnowledgeBase> knowledgeBase, AdviceEngine engine,
                             BiConsumer<KnowledgeBase, RunawayRulesException> onRunaway) {
        this.knowledgeBase = knowledgeBase;
        this.engine = engine;
        this.onRunaway = onRunaway;
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase.get();
    }

    /** Conclusions and advice without texts: what what-if analysis compares. */
    public Evaluation evaluate(CompanyProfile profile) {
        KnowledgeBase kb = knowledgeBase.get();
        try {
            return evaluate(kb, profile);
        } catch (RunawayRulesException e) {
            KnowledgeBase now = knowledgeBase.get();
            if (now == kb) {
                throw e;
            }
            return evaluate(now, profile);
        }
    }

    /** Evaluates against a given generation, so that a batch of evaluations all use the same rules. */
    public Evaluation evaluate(KnowledgeBase kb, CompanyProfile profile) {
        return analyse(kb, session -> session.evaluate(profile));
    }

    /**
     * A what-if's many evaluations against a given generation in one session ({@link EvaluationSession}): each
     * profile evaluated replaces the one before, and only what the change reaches is worked out again.
     */
    public <T> T analyse(KnowledgeBase kb, Function<EvaluationSession, T> analysis) {
        try {
            return engine.analyse(kb, analysis);
        } catch (RunawayRulesException e) {
            onRunaway.accept(kb, e);
            throw e;
        }
    }

    public AdviceReport report(CompanyProfile profile, Locale locale) {
        AdviceReport report = ReportWriter.write(evaluate(profile), locale);
        engine.metrics().gave(report);
        return report;
    }
}
