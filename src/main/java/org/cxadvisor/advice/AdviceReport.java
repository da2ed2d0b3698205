package org.cxadvisor.advice;

import java.time.Instant;
import java.util.List;
import org.cxadvisor.experiment.ExperimentPlan;
import org.cxadvisor.knowledge.KnowledgeBase;

/**
 * The advice report, as the contract describes it (docs/api.md, POST /api/advice): an executive summary, the conclusions, the
 * advice as a roadmap (NOW, NEXT, LATER, most important first within each), the strengths to keep and the open
 * questions, and experiment plans where it advises controlled experiments. Every conclusion, advice item and strength carries its rule in the report's language.
 */
public record AdviceReport(String language, String summary, List<ConclusionItem> conclusions, List<Item> advice,
                           List<StrengthItem> strengths, List<OpenQuestion> openQuestions, Stamp knowledgeBase,
                           List<ExperimentPlan> experiments) {

    /** One advice with its texts in the report's language. */
    public record Item(String id, String category, Priority priority, Horizon horizon, String title, String summary,
                       List<String> actions, String rationale, String measure, List<Source> sources, String rule,
                       String ruleText) {
    }

    /** A conclusion of the classification rules, with its rule in the report's language. */
    public record ConclusionItem(String type, Object value, String rule, String ruleText) {
    }

    /** A practice in place that the sources value, to keep. */
    public record StrengthItem(String id, String title, String summary, String ruleText) {
    }

    /** A cited document (short name from the knowledge map) and the K-points taken from it. */
    public record Source(String document, List<String> kpoints) {
    }

    /** An unknown optional field that the rules use: answering it could change the advice. */
    public record OpenQuestion(String field, String question) {
    }

    /** Which knowledge base produced the report. */
    public record Stamp(String version, Instant loadedAt) {

        public static Stamp of(KnowledgeBase kb) {
            return new Stamp(kb.version(), kb.loadedAt());
        }
    }
}
