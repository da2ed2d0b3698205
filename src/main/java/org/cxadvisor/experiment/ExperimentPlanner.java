package org.cxadvisor.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cxadvisor.profile.CompanyProfile;

/**
 * Proposes experiment plans for a report that advises controlled experiments: a test of the change of the company's
 * own top advice items that the catalog knows how to test, fitted to its sector (never withholding the basics where
 * the catalog protects them), sized for its customers. Falls back to any testable advice of the report, then to the
 * catalog's fallback plan under the experiments advice itself, so that such a report always carries a plan.
 */
public final class ExperimentPlanner {

    private ExperimentPlanner() {
    }

    /**
     * @param candidates the report's other advice items, in report order
     * @param experimentsAdviceId the advice that recommends controlled experiments (named by the fallback plan)
     */
    public static List<ExperimentPlan> plan(CompanyProfile profile, ExperimentCatalog catalog, List<Candidate> candidates,
                                            String experimentsAdviceId, Locale locale) {
        Optional<Group> group = catalog.groupFor(profile);
        if (catalog.maxPlans() == 0 || group.isEmpty()) {
            return List.of();
        }
        List<ExperimentPlan> plans = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.top() && plans.size() < catalog.maxPlans()) {
                plan(profile, catalog, group.get(), candidate.adviceId(), candidate.adviceId(), locale).ifPresent(plans::add);
            }
        }
        for (Candidate candidate : candidates) {
            if (plans.isEmpty()) {
                plan(profile, catalog, group.get(), candidate.adviceId(), candidate.adviceId(), locale).ifPresent(plans::add);
            }
        }
        if (plans.isEmpty()) {
            plan(profile, catalog, group.get(), catalog.fallbackPlan(), experimentsAdviceId, locale).ifPresent(plans::add);
        }
        return List.copyOf(plans);
    }

    private static Optional<ExperimentPlan> plan(CompanyProfile profile, ExperimentCatalog catalog, Group group,
                                                 String designId, String adviceId, Locale locale) {
        Design design = catalog.design(designId).orElse(null);
        Metric metric = design == null ? null
                : catalog.metrics().get(group.metric() != null ? group.metric() : design.metric());
        if (metric == null || group.basicsProtected() && !design.addsToUsual()) {
            return Optional.empty();
        }
        PlanNumbers numbers = PlanNumbers.of(profile, metric, design, group, catalog.maxWeeks());
        if (numbers == null) {
            return Optional.empty();
        }
        return Optional.of(new PlanWriter(profile, catalog, locale).write(adviceId, design, metric, group, numbers));
    }
}
