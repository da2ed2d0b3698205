package org.cxadvisor.advice;

import java.util.Locale;
import java.util.function.Supplier;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.profile.CompanyProfile;

/**
 * The one way into the rules: the API, the intake form, the what-if runner and the command line all call this.
 * Each call takes the knowledge base in service at that moment and uses that generation throughout.
 */
public final class EvaluationService {

    private final Supplier<KnowledgeBase> knowledgeBase;
    private final AdviceEngine engine;

    public EvaluationService(Supplier<KnowledgeBase> knowledgeBase, AdviceEngine engine) {
        this.knowledgeBase = knowledgeBase;
        this.engine = engine;
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase.get();
    }

    /** Conclusions and advice without texts: what what-if analysis compares. */
    public Evaluation evaluate(CompanyProfile profile) {
        return evaluate(knowledgeBase.get(), profile);
    }

    /** Evaluates against a given generation, so that a batch of evaluations all use the same rules. */
    public Evaluation evaluate(KnowledgeBase kb, CompanyProfile profile) {
        return engine.evaluate(kb, profile);
    }

    public AdviceReport report(CompanyProfile profile, Locale locale) {
        return ReportWriter.write(evaluate(profile), locale);
    }
}
