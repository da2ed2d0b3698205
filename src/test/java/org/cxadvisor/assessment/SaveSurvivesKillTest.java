package org.cxadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxadvisor.CxAdvisorApplication;
import org.cxadvisor.storage.DataDirectory;
import org.cxadvisor.support.ApiClient;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.SmallRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A 201 means stored: the server runs in a child JVM on the embedded H2 file database, answers a burst of saves, and
 * is killed with SIGKILL (destroyForcibly) right after the last 201, before it can flush or close anything. The
 * database file, opened again afterwards, holds every assessment exactly as the server returned it.
 */
class SaveSurvivesKillTest {

    @TempDir
    Path dataDir;

    @Test
    void everyAssessmentAnsweredWith201IsInTheDatabaseAfterKillMinus9() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Files.createDirectories(Path.of("target")).resolve("save-survives-kill.log");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CxAdvisorApplication.class.getName(),
                "--server.port=" + port, "--cxadvisor.data-dir=" + dataDir,
                "--cxadvisor.rules-dir=" + SmallRules.RULES_DIR.toAbsolutePath(), "--cxadvisor.reload.enabled=false",
                "--cxadvisor.reload.warm-up-builds=0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        List<JsonNode> saved = new ArrayList<>();
        try {
            ApiClient api = new ApiClient(port);
            awaitUp(api, server, log);
            for (int i = 0; i < 20; i++) {
                ApiClient.Response response = api.postJson("/api/assessments",
                        Map.of("profile", Profiles.neutral().with("name", "Kill test " + i).with("employeeEngagement", 2).json()));
                assertThat(response.status()).as(response.body()).isEqualTo(201);
                saved.add(response.json());
            }
        } finally {
            server.destroyForcibly();
            server.waitFor();
        }
        assertThat(server.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        try (Connection db = DriverManager.getConnection(DataDirectory.h2Url(dataDir), "sa", "");
             PreparedStatement read = db.prepareStatement("SELECT company_name, profile, report FROM assessment WHERE id = ?")) {
            for (JsonNode assessment : saved) {
                read.setString(1, assessment.get("id").asString());
                try (ResultSet row = read.executeQuery()) {
                    assertThat(row.next()).as("assessment %s kept", assessment.get("id")).isTrue();
                    assertThat(row.getString("company_name")).isEqualTo(assessment.get("profile").get("name").asString());
                    assertThat(row.getString("report")).isEqualTo(assessment.get("report").toString());
                }
            }
        }
    }

    private static void awaitUp(ApiClient api, Process server, Path log) throws IOException, InterruptedException {
        // a wait, not a speed check: a child JVM compiling the rules on a loaded 2-core machine can take minutes
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped: " + Files.readString(log));
            }
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notListeningYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start within 10 minutes: " + Files.readString(log));
    }
}
