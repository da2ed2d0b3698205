package org.cxadvisor.experiment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.Market;

/**
 * Which advice can be tested with a controlled experiment and how, as read from the rules folder's
 * {@code *.plans.yaml} files: business users edit it like the advice texts, and it belongs to the same immutable
 * knowledge-base generation. A rules folder without such a file has an empty catalog: its reports carry no plans.
 */
public record ExperimentCatalog(int maxPlans, int maxWeeks, String fallbackPlan, Map<String, Metric> metrics,
                                List<Group> groups, Map<Market, Texts> segments, Map<String, Design> designs) {

    public static final ExperimentCatalog EMPTY = new ExperimentCatalog(0, 0, null, Map.of(), List.of(), Map.of(), Map.of());

    /** Where a problem in a plans file is reported: the file, its line, and the message for business users. */
    @FunctionalInterface
    public interface Problems {
        void add(String file, int line, String message);
    }

    /** A plans file as the knowledge base has read it: its path in the rules folder and its text. */
    public record Source(String path, String content) {
    }

    public ExperimentCatalog {
        metrics = Map.copyOf(metrics);
        groups = List.copyOf(groups);
        segments = Map.copyOf(segments);
        designs = Map.copyOf(designs);
    }

    /** Reads every plans file; each problem goes to {@code problems} with its file and line. */
    public static ExperimentCatalog read(List<Source> files, Problems problems) {
        return files.isEmpty() ? EMPTY : new CatalogReader(problems).read(files);
    }

    public Optional<Design> design(String adviceId) {
        return Optional.ofNullable(designs.get(adviceId));
    }

    /** The first group whose sectors and markets match the company; the catalog's reader ensures there is one. */
    public Optional<Group> groupFor(CompanyProfile profile) {
        return groups.stream().filter(g -> g.matches(profile)).findFirst();
    }
}
