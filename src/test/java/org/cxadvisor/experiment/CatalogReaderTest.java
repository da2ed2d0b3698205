package org.cxadvisor.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A plans file with mistakes is refused with every mistake at its line; the shipped one reads cleanly. */
class CatalogReaderTest {

    private static final Path SHIPPED = Path.of("rules/experiments.plans.yaml");

    private final List<String> problems = new ArrayList<>();

    private ExperimentCatalog read(String content) {
        return ExperimentCatalog.read(List.of(new ExperimentCatalog.Source("x.plans.yaml", content)),
                (file, line, message) -> problems.add(file + ":" + line + ": " + message));
    }

    private static String shipped() throws IOException {
        return Files.readString(SHIPPED);
    }

    private static int lineOf(String content, String text) {
        return content.substring(0, content.indexOf(text)).split("\n", -1).length;
    }

    @Test
    void theShippedCatalogReadsWithoutProblems() throws IOException {
        ExperimentCatalog catalog = read(shipped());
        assertThat(problems).isEmpty();
        assertThat(catalog.designs()).containsKeys("recover-disappointments", "make-customers-feel-special", "plan-surprises");
        assertThat(catalog.metrics()).containsOnlyKeys("retention", "recommendation", "complaints");
        assertThat(catalog.groups().get(catalog.groups().size() - 1).matchesEveryCompany()).isTrue();
    }

    @Test
    void wrongValuesAreNamedAtTheirLines() throws IOException {
        String content = shipped().replace("effectPoints: 5\n    measuredPercent: 100\n    followUpWeeks: 52",
                        "effectPoints: 0\n    measuredPercent: 100\n    followUpWeeks: 52")
                .replaceFirst(Pattern.quote("metric: retention\n    eligible:\n      field: complaintRatePercent"),
                        "metric: loyalty\n    eligible:\n      field: npsScore")
                .replace("sectors: [RETAIL, HOSPITALITY]", "sectors: [RETAIL, PUB]");
        read(content);
        assertThat(problems).containsExactlyInAnyOrder(
                "x.plans.yaml:" + lineOf(content, "effectPoints: 0") + ": effectPoints must not be 0: a test needs an effect worth detecting.",
                "x.plans.yaml:" + lineOf(content, "field: npsScore") + ": plans.recover-disappointments.eligible.field: 'npsScore' is not a percentage field of the company profile.",
                "x.plans.yaml:" + lineOf(content, "sectors: [RETAIL, PUB]") + ": groups[4].sectors: 'PUB' is not one of " + java.util.EnumSet.allOf(org.cxadvisor.profile.Sector.class) + ".",
                "x.plans.yaml:" + lineOf(content, "metric: loyalty") + ": Unknown metric 'loyalty': use one of retention, recommendation, complaints.");
    }

    @Test
    void missingTextsUnknownKeysAndACatalogWithoutACatchAllGroupAreRefused() {
        read("""
                settings: {maxPlans: 2, maxWeeks: 52, fallbackPlan: a}
                metrics:
                  m:
                    assumedPercent: 50
                    effectPoints: 5
                    measuredPercent: 100
                    followUpWeeks: 1
                    en: {name: n, definition: d, assumption: a, outcome: o}
                groups:
                  - sectors: [RETAIL]
                    en: {unit: u, howToDraw: h}
                    nl: {unit: u, howToDraw: h}
                segments: {B2C: {en: a, nl: b}, B2B: {en: a, nl: b}, MIXED: {en: a, nl: b}}
                plans:
                  a:
                    metric: m
                    addsToUsual: yes
                    colour: red
                    en: {population: p, hypothesis: h, change: c, control: k}
                    nl: {population: p, hypothesis: h, change: c}
                """);
        assertThat(problems).containsExactlyInAnyOrder(
                "x.plans.yaml:3: metrics.m needs texts under 'nl:' (name, definition, assumption, outcome).",
                "x.plans.yaml:18: Unknown key 'colour' in plans.a: use metric, eligible, addsToUsual, en, nl.",
                "x.plans.yaml:20: plans.a.nl.control is missing.",
                "x.plans.yaml:9: The last group must name no sectors or markets, so that every company has one.");
    }

    @Test
    void brokenYamlIsReportedAtItsLine() {
        read("settings:\n  maxPlans: 2\n  maxWeeks: [52\n");
        assertThat(problems).hasSize(1).first().asString().startsWith("x.plans.yaml:");
    }
}
