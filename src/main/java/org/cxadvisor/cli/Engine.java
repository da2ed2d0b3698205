package org.cxadvisor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.EngineSettings;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The rules and the engine for a command, wired as the server wires them: the engine's limits are bound from the
 * same {@code cxadvisor.engine.*} properties (application.properties, overridden by system properties such as
 * {@code -Dcxadvisor.engine.max-firings=...} or environment variables), and a knowledge base is taken into use only
 * under the server's conditions ({@link KnowledgeBaseLoader#inService}).
 */
final class Engine {

    private Engine() {
    }

    static EngineSettings settings() {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Binder.get(environment).bindOrCreate("cxadvisor.engine", EngineSettings.class);
    }

    static AdviceEngine adviceEngine() {
        return settings().engine();
    }

    /** The rules folder compiled, with every advice's texts present, as the service would take it into use. */
    static KnowledgeBase knowledgeBase(Path rulesDir) {
        return KnowledgeBaseLoader.inService(new KnowledgeBaseLoader(Clock.systemUTC()).load(rulesDir));
    }

    static EvaluationService evaluationService(Path rulesDir) {
        KnowledgeBase kb = knowledgeBase(rulesDir);
        return new EvaluationService(() -> kb, adviceEngine());
    }
}
