package org.cxadvisor.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxadvisor.experiment.Candidate;
import org.cxadvisor.experiment.ExperimentPlan;
import org.cxadvisor.experiment.ExperimentPlanner;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.ProfileField;

/**
 * The report's experiment plans: present whenever an advice of the CONTROLLED_EXPERIMENTS category is given, for
 * the company's own top advice (see {@link #isTop}), in report order.
 */
final class ExperimentPlans {

    static final String CATEGORY = "CONTROLLED_EXPERIMENTS";

    private ExperimentPlans() {
    }

    static List<ExperimentPlan> of(Evaluation evaluation, Locale locale) {
        Advice experiments = evaluation.advice().stream().filter(a -> CATEGORY.equals(a.category())).findFirst().orElse(null);
        if (experiments == null) {
            return List.of();
        }
        List<Candidate> candidates = evaluation.advice().stream().filter(a -> !CATEGORY.equals(a.category()))
                .map(a -> new Candidate(a.id(), isTop(a))).toList();
        return ExperimentPlanner.plan(evaluation.profile(), evaluation.knowledgeBase().experiments(), candidates,
                experiments.id(), locale);
    }

    /** The company's top advice: the roadmap's first steps, NOW and NEXT (issue 13: test the change before rolling it out). */
    private static boolean isTop(Advice advice) {
        return advice.horizon() == Horizon.NOW || advice.horizon() == Horizon.NEXT;
    }

    /** With plans to size, the number of customers a month becomes a question worth answering. */
    static List<AdviceReport.OpenQuestion> withQuestion(List<AdviceReport.OpenQuestion> questions,
                                                        List<ExperimentPlan> plans, CompanyProfile profile, Locale locale) {
        String field = ProfileField.CUSTOMERS_PER_MONTH.path();
        if (plans.isEmpty() || profile.customersPerMonth() != null || questions.stream().anyMatch(q -> q.field().equals(field))) {
            return questions;
        }
        List<AdviceReport.OpenQuestion> all = new ArrayList<>(questions);
        all.add(new AdviceReport.OpenQuestion(field, Messages.get(locale, "question." + field)));
        return List.copyOf(all);
    }
}
