package org.cxadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scenarios FILE.json}: the example file in all three formats, and a bad change. */
class ScenariosCommandTest {

    private static final String EXAMPLE = "docs/examples/scenarios/price-fighter.json";

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    @Test
    void markdownReadsAsAClientReport() {
        assertThat(run("scenarios", EXAMPLE)).isZero();
        assertThat(out()).startsWith("# What would change for Budget Bikes: scenarios")
                .contains("## Scenario: Engaged, well-chosen staff")
                .contains("~~Make your customer-facing people your ambassadors~~")
                .contains("| Scenario | No longer needed | New advice | Priority changes |")
                .contains("- Employee engagement: 2 → 5\n").doesNotContain("?:");
    }

    @Test
    void markdownInDutch() {
        assertThat(run("scenarios", EXAMPLE, "--lang", "nl")).isZero();
        assertThat(out()).startsWith("# Wat er zou veranderen voor Budget Bikes: scenario's")
                .contains("Dit rapport vergelijkt 3 scenario’s").contains("**Advies dat niet meer nodig zou zijn**")
                .contains("- Betrokkenheid van medewerkers: 2 → 5\n").contains("- Selectie op servicehouding: nee → ja\n");
    }

    @Test
    void csvIsAMatrixWithOneColumnPerScenario() {
        assertThat(run("scenarios", EXAMPLE, "--format", "csv")).isZero();
        String[] lines = out().split("\r\n");
        assertThat(lines[0]).isEqualTo("kind,id,label,Baseline,\"Engaged, well-chosen staff\",Stop competing on price,"
                + "\"Both: invest in people, not in the lowest price\"");
        assertThat(lines).contains("change,employeeEngagement,Employee engagement,2,5,2,5");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("advice,engage-unhappy-staff,").endsWith(",high,,high,"));
    }

    @Test
    void jsonHasTheApiShapeAndDutchTexts() {
        assertThat(run("scenarios", EXAMPLE, "--format", "json", "--lang", "nl", "--rules", "rules")).isZero();
        assertThat(out()).contains("\"variants\"").contains("\"diff\"").contains("\"removed\"").contains("\"language\" : \"nl\"");
    }

    @Test
    void aBadChangeNamesVariantAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        String example = Files.readString(Path.of(EXAMPLE));
        Files.writeString(file, example.replace("\"employeeEngagement\": 5, \"hiringForServiceAttitude\": true",
                "\"employeeEngagement\": 6, \"hiringForServiceAttitude\": true"));
        assertThat(run("scenarios", file.toString())).isEqualTo(1);
        assertThat(cli.err())
                .contains("variants[0].changes.employeeEngagement: Variant \"Engaged, well-chosen staff\": Must be from 1 to 5.");
        assertThat(run("scenarios")).isEqualTo(2);
    }
}
