package org.cxadvisor.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class KnowledgeBaseController {

    /** A rule as listed by {@code GET /api/rules}. */
    record RuleView(String name, String file, int line, String category, String advice, String conclusion,
                    String strength, List<String> kpoints, List<String> sources, List<String> fields) {
        static RuleView of(RuleInfo r) {
            return new RuleView(r.name(), r.file(), r.line(), r.category(), r.advice(), r.conclusion(), r.strength(),
                    r.kpoints(), r.sources(), List.copyOf(r.fields()));
        }
    }

    record KnowledgeBaseView(String version, Instant loadedAt, List<String> files, ReloadStatus lastReload) {
    }

    private final KnowledgeBaseHolder holder;

    KnowledgeBaseController(KnowledgeBaseHolder holder) {
        this.holder = holder;
    }

    @Operation(summary = "Every rule with its metadata: file, line, category, advice id, K-points, sources")
    @GetMapping("/api/rules")
    List<RuleView> rules() {
        return holder.current().rules().stream().map(RuleView::of).toList();
    }

    @Operation(summary = "The knowledge base in service and the outcome of the latest reload")
    @GetMapping("/api/knowledge-base")
    KnowledgeBaseView knowledgeBase() {
        KnowledgeBase kb = holder.current();
        return new KnowledgeBaseView(kb.version(), kb.loadedAt(), kb.files(), holder.lastReload());
    }
}
