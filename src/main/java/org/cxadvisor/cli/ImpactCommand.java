package org.cxadvisor.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.impact.DraftImpact;
import org.cxadvisor.impact.DraftImpactText;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.storage.DataDirectory;
import org.springframework.boot.jdbc.DataSourceBuilder;

/**
 * {@code impact --rules DRAFT [--current DIR] [--examples DIR] [--data-dir DIR] [--format text|json]}: what a draft
 * rules folder would change for the saved assessments and the example profiles, before the draft goes live. The
 * saved assessments come from the server's database: {@code SPRING_DATASOURCE_URL} (with {@code _USERNAME} and
 * {@code _PASSWORD}) as for the server, else the embedded H2 file in {@code --data-dir} (default {@code data}).
 */
final class ImpactCommand implements Command {

    @Override
    public String name() {
        return "impact";
    }

    @Override
    public String usage() {
        return "--rules DRAFT [--current rules] [--examples DIR] [--data-dir data] [--format text|json]"
                + "   what a draft rules folder changes for saved assessments and example profiles";
    }

    @Override
    public Set<String> options() {
        return Set.of(Cli.RULES_OPTION, "current", "examples", "data-dir", "format");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        if (args.option(Cli.RULES_OPTION, null) == null) {
            throw new UsageException("give the draft rules folder with --rules DIR");
        }
        String format = args.choice("format", "text", List.of("text", "json"));
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader(Clock.systemUTC());
        KnowledgeBase current = loader.load(Path.of(args.option("current", Cli.DEFAULT_RULES_DIR)));
        KnowledgeBase draft = loader.load(Cli.rulesDir(args));
        EvaluationService evaluation = new EvaluationService(() -> current, new AdviceEngine(Cli.MAX_FIRINGS));
        DraftImpact.Outcome outcome = new DraftImpact(evaluation).run(current, draft,
                database(Path.of(args.option("data-dir", "data"))), examples(args), Integer.MAX_VALUE, err);
        out.print(format.equals("json") ? Cli.prettyJson(outcome) + "\n" : DraftImpactText.render(outcome));
        return 0;
    }

    /** {@code --examples}, else the draft's own {@code examples/} folder, else {@code docs/examples}. */
    private static Path examples(Arguments args) {
        String given = args.option("examples", null);
        if (given != null) {
            return Path.of(given);
        }
        Path own = Cli.rulesDir(args).resolve("examples");
        return Files.isDirectory(own) ? own : Path.of("docs/examples");
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
