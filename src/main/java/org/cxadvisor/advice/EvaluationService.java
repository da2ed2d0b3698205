package org.cxadvisor.advice;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.RunawayRulesException;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.web.WorkBudget;

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
        WorkBudget.check();
        try {
            return engine.evaluate(kb, profile);
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
