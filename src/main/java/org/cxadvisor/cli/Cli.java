package org.cxadvisor.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;

/** What commands share: the rules folder option and an evaluation service over it, without Spring. */
final class Cli {

    static final String RULES_OPTION = "rules";
    static final String DEFAULT_RULES_DIR = "rules";
    static final int MAX_FIRINGS = 10_000;

    private Cli() {
    }

    static Path rulesDir(Arguments args) {
        return Path.of(args.option(RULES_OPTION, DEFAULT_RULES_DIR));
    }

    static EvaluationService evaluationService(Path rulesDir) {
        KnowledgeBase kb = new KnowledgeBaseLoader(Clock.systemUTC()).load(rulesDir);
        return new EvaluationService(() -> kb, new AdviceEngine(MAX_FIRINGS));
    }
}
