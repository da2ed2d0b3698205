package org.cxadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.impact.DraftImpact;
import org.cxadvisor.impact.DraftImpactText;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.storage.DataDirectory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What a draft rules folder would change for the saved assessments and the example profiles, before the draft goes
 * live. The saved assessments come from the server's database: {@code SPRING_DATASOURCE_URL} (with
 * {@code _USERNAME} and {@code _PASSWORD}) as for the server, else the embedded H2 file in {@code --data-dir}.
 */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "What a draft rules folder changes for the saved assessments and the example profiles.")
final class ImpactCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--rules", required = true, paramLabel = "DRAFT", description = "the draft rules folder")
    Path draft;

    @Option(names = "--current", defaultValue = "rules", paramLabel = "DIR",
            description = "the rules in service (default: ${DEFAULT-VALUE})")
    Path current;

    @Option(names = "--examples", paramLabel = "DIR",
            description = "example profiles to re-run (default: the draft's examples/ folder)")
    Path examples;

    @Option(names = "--data-dir", defaultValue = "data", paramLabel = "DIR",
            description = "the server's data folder with its saved assessments (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "default: ${DEFAULT-VALUE}")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader(Clock.systemUTC());
        KnowledgeBase currentKb = loader.load(current);
        KnowledgeBase draftKb = loader.load(draft);
        EvaluationService evaluation = new EvaluationService(() -> currentKb, Engine.adviceEngine());
        PrintWriter err = spec.commandLine().getErr();
        DraftImpact.Outcome outcome = new DraftImpact(evaluation).run(currentKb, draftKb, database(dataDir),
                examples == null ? draft.resolve("examples") : examples, Integer.MAX_VALUE, err);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? ReportOptions.prettyJson(outcome) + "\n" : DraftImpactText.render(outcome));
        return 0;
    }

    /** The server's database, or null when there is none yet (no saved assessments to re-run). */
    private static DataSource database(Path dataDir) {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            return DataSourceBuilder.create().url(url).username(System.getenv("SPRING_DATASOURCE_USERNAME"))
                    .password(System.getenv("SPRING_DATASOURCE_PASSWORD")).build();
        }
        if (!Files.exists(dataDir.resolve("cxadvisor.mv.db"))) {
            return null;
        }
        return DataSourceBuilder.create().url(DataDirectory.h2Url(dataDir)).username("sa").password("").build();
    }
}
