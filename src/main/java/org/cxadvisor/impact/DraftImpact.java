package org.cxadvisor.impact;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.assessment.AssessmentListing;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.ProfileReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code impact --rules DRAFT}: what a draft rules folder would change, before it goes live, for the saved
 * assessments (read from the same database as the server) and the example profiles (JSON files in a folder),
 * compared with the rules in service. Progress goes to {@code err} as a bar; the result to {@code out}.
 */
public final class DraftImpact {

    /** The outcome: the tally, and how many of the companies were saved assessments and how many examples. */
    public record Outcome(ImpactTally.Result result, int saved, int examples, String from, String to) {
    }

    private final EvaluationService evaluation;

    public DraftImpact(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    /** Saved assessments from {@code database} (none when it is null) and every {@code *.json} in {@code examples}. */
    public Outcome run(KnowledgeBase current, KnowledgeBase draft, DataSource database, Path examples, int max,
                       PrintWriter progress) {
        List<ImpactTally.Subject> exampleSubjects = examples(examples);
        AssessmentListing listing = database == null ? null : new AssessmentListing(JdbcClient.create(database));
        int saved = listing == null ? 0 : SavedSubjects.count(listing, max);
        ProgressBar bar = new ProgressBar(progress, saved + exampleSubjects.size());
        ImpactTally tally = new ImpactTally(evaluation, current, draft);
        Consumer<ImpactTally.Subject> add = subject -> {
            tally.add(subject);
            bar.step();
        };
        if (listing != null) {
            SavedSubjects.forEach(listing, max, add);
        }
        exampleSubjects.forEach(add);
        bar.done();
        return new Outcome(tally.result(), saved, exampleSubjects.size(), current.version(), draft.version());
    }

    /** The example profiles in a folder (every *.json that is a profile) as companies to re-run. */
    public static List<ImpactTally.Subject> examples(Path folder) {
        List<ImpactTally.Subject> subjects = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return subjects;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                // an example that is not a profile (a scenario file, say) is not a company to re-run
                Object json = JsonText.parse(Files.readAllBytes(file));
                if (json instanceof java.util.Map<?, ?> map && map.containsKey("name") && map.containsKey("sector")) {
                    subjects.add(new ImpactTally.Subject("example:" + name, null, String.valueOf(map.get("name")),
                            ProfileReader.read(json)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return subjects;
    }

    /** A one-line progress bar, redrawn in place: {@code [#########           ]  45/100 companies}. */
    static final class ProgressBar {
        private static final int WIDTH = 30;
        private final PrintWriter out;
        private final int total;
        private int done;
        private int drawn = -1;

        ProgressBar(PrintWriter out, int total) {
            this.out = out;
            this.total = total;
        }

        void step() {
            done++;
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            if (filled != drawn || done == total) {
                drawn = filled;
                out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " companies");
                out.flush();
            }
        }

        void done() {
            if (total > 0) {
                out.println();
            }
        }
    }
}
