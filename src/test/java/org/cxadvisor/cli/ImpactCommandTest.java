package org.cxadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.cxadvisor.storage.DataDirectory;
import org.cxadvisor.support.ApiClient;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.RulesFolder;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact --rules DRAFT}: a draft that adds advice for unhappy staff changes exactly the saved assessment and
 * the example profile with unhappy staff, shown per advice and per company, with a progress bar on stderr.
 */
class ImpactCommandTest {

    @TempDir
    Path dir;

    @Test
    void showsWhatADraftChangesForSavedAssessmentsAndExamples() throws Exception {
        Path current = RulesFolder.in(dir.resolve("rules")).file("topic.drl", RulesFolder.HEADER
                + RulesFolder.adviceRule("Always", "always", "CompanyProfile( )", "LOW"))
                .file("topic.texts.yaml", RulesFolder.texts("always")).dir();
        Path draft = RulesFolder.in(dir.resolve("draft")).file("topic.drl", Files.readString(current.resolve("topic.drl")))
                .file("topic.texts.yaml", RulesFolder.texts("always"))
                .file("staff.drl", RulesFolder.HEADER + RulesFolder.adviceRule("Unhappy staff", "staff",
                        "CompanyProfile( employeeEngagement != null, employeeEngagement <= 2 )", "HIGH"))
                .file("staff.texts.yaml", RulesFolder.texts("staff")).dir();
        Path examples = Files.createDirectories(dir.resolve("examples"));
        Files.writeString(examples.resolve("grumpy.json"), ApiClient.toJson(Profiles.neutral().with("name", "Grumpy")
                .with("employeeEngagement", 1).json()));
        Files.writeString(examples.resolve("cheerful.json"), ApiClient.toJson(Profiles.neutral().with("name", "Cheerful").json()));
        Path data = dir.resolve("data");
        save(data, "Unhappy Co", Profiles.neutral().with("name", "Unhappy Co").with("employeeEngagement", 2));
        save(data, "Happy Co", Profiles.neutral().with("name", "Happy Co").with("employeeEngagement", 5));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"impact", "--rules", draft.toString(), "--current", current.toString(),
                "--data-dir", data.toString(), "--examples", examples.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(text).contains("4 companies re-run (2 saved assessments, 2 example profiles): 2 get other advice.")
                .containsPattern("staff\\s+2\\s+0\\s+0")
                .contains("Unhappy Co (").contains("Grumpy (example:grumpy): new staff")
                .doesNotContain("Happy Co (").doesNotContain("Cheerful (");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("] 4/4 companies");
    }

    private static void save(Path data, String name, Profiles profile) throws Exception {
        String url = DataDirectory.h2Url(data);
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
             PreparedStatement insert = db.prepareStatement("INSERT INTO assessment (id, company_id, created_at, language,"
                     + " knowledge_base_version, company_name, profile, report) VALUES (?, ?, ?, 'en', 'v', ?, ?, '{}')")) {
            insert.setString(1, java.util.UUID.randomUUID().toString());
            insert.setString(2, java.util.UUID.randomUUID().toString());
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.setString(4, name);
            insert.setString(5, ApiClient.toJson(profile.json()));
            insert.executeUpdate();
        }
    }
}
