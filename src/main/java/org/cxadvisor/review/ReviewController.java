package org.cxadvisor.review;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.cxadvisor.authoring.KpointCoverage;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseHolder;
import org.cxadvisor.knowledge.KnowledgeMap;
import org.cxadvisor.knowledge.RuleInfo;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The knowledge-base page's own data, read-only: coverage, the rule tests' last run, what reloads changed. */
@RestController
class ReviewController {

    /** A K-point with the rules that carry it; background points feed rationales only. */
    record Coverage(String kpoint, String document, boolean background, List<String> rules) {
    }

    /** {@code tests} is null while the first run on the knowledge base in service is still going. */
    record Review(String version, List<Coverage> coverage, RuleTestRun tests, List<ReloadReview.ExampleChanges> reloads) {
    }

    private final KnowledgeBaseHolder holder;
    private final ReloadReview review;

    ReviewController(KnowledgeBaseHolder holder, ReloadReview review) {
        this.holder = holder;
        this.review = review;
    }

    @Operation(summary = "The knowledge base reviewed: K-point coverage, the rule tests' last result, and after each"
            + " reload what changed for the example profiles",
            description = "{version, coverage:[{kpoint, document, background, rules}], tests:{version, at, passed, failed,"
                    + " cases:[{file, line, name, passed, failures:[{line, message}]}], mistakes:[{file, line, message}]},"
                    + " reloads:[{from, to, at, examples, changes:[{id, name, diff}]}]} (newest reload first; tests null"
                    + " while the first run is going)")
    @GetMapping("/api/knowledge-base/review")
    Review review() {
        KnowledgeBase kb = holder.current();
        List<Coverage> coverage = KpointCoverage.of(kb.rules()).entrySet().stream()
                .map(e -> new Coverage(e.getKey(), KnowledgeMap.documentOf(e.getKey()).shortName(),
                        KnowledgeMap.BACKGROUND.contains(e.getKey()), e.getValue().stream().map(RuleInfo::name).toList()))
                .toList();
        return new Review(kb.version(), coverage, review.tests(), review.reloads());
    }
}
