package org.cxadvisor.advice;

import java.time.Instant;
import java.util.List;
import org.cxadvisor.experiment.ExperimentPlan;
import org.cxadvisor.knowledge.KnowledgeBase;

/** The advice report, as the contract describes it (docs/api.md, POST /api/advice). */
public record AdviceReport(String language, List<Conclusion> conclusions, List<Item> advice,
                           List<OpenQuestion> openQuestions, Stamp knowledgeBase, List<ExperimentPlan> experiments) {

    /** One advice with its texts in the report's language. */
    public record Item(String id, String category, Priority priority, String title, String summary,
                       List<String> actions, String rationale, List<Source> sources, String rule) {
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
