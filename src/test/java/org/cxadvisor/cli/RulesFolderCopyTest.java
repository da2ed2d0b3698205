package org.cxadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As a team keeping its rules in a repository of its own would: a copy of {@code rules/} alone, far from the
 * project's {@code docs/}, is tested, validated and documented, and takes a new topic (in DRL and in the rule
 * language) made by {@code new-topic}; nothing is written outside the folder unasked.
 */
class RulesFolderCopyTest {

    private final CliRun cli = new CliRun();

    @TempDir
    Path dir;

    @Test
    void aCopyOfTheRulesFolderAloneIsTestedValidatedDocumentedAndTakesNewTopics() throws IOException {
        Path rules = RulesFolder.copyOfShippedRules(dir.resolve("team-repository/cx-rules"));
        List<Path> before = tree(dir);

        assertThat(cli.run("test", rules.toString())).as(cli.out()).isZero();
        assertThat(cli.out()).contains(" 0 failed").doesNotContain("no example");
        // with the Drools verifier, as a business user runs it
        assertThat(cli.run("validate", rules.toString())).as(cli.out()).isZero();
        assertThat(cli.out()).contains("0 error(s), 0 warning(s). The rules are valid.");
        assertThat(cli.run("rules-doc", rules.toString())).isZero();
        assertThat(cli.out()).startsWith("# Rule reference").contains("disappointment-to-delight.drl.xlsx");
        assertThat(tree(dir)).as("nothing written outside the folder, or in it").isEqualTo(before);

        assertThat(cli.run("new-topic", "loyalty-programme", rules.toString())).as(cli.err()).isZero();
        assertThat(cli.run("new-topic", "voice-of-the-customer", rules.toString(), "--dsl", "--category", "FEEL_SPECIAL",
                "--kpoints", "K9")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Created " + rules.resolve("voice-of-the-customer.dslr"))
                .contains("Created " + rules.resolve("voice-of-the-customer.texts.yaml"))
                .contains("Created " + rules.resolve("tests/voice-of-the-customer.yaml"));
        assertThat(Files.readString(rules.resolve("voice-of-the-customer.dslr")))
                .contains("package cxadvisor;", "import org.cxadvisor.profile.*;", "expander cx-advisor.dsl",
                        "@category(\"FEEL_SPECIAL\") @adviceId(\"voice-of-the-customer\") @kpoints(\"K9\") @source(\"geurtsen-2012\")");

        assertThat(cli.run("validate", rules.toString(), "--verifier", "off")).as(cli.out()).isZero();
        assertThat(cli.out()).contains("0 error(s), 0 warning(s). The rules are valid.");
        assertThat(cli.run("test", rules.toString())).as(cli.out()).isZero();
        assertThat(cli.out()).contains("PASS " + rules + "/tests/loyalty-programme.yaml:4")
                .contains("PASS " + rules + "/tests/voice-of-the-customer.yaml:4");
    }

    @Test
    void newTopicNeverOverwritesAndRefusesANameThatIsNoTopicName() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("loyalty.dslr"), "// mine\n");
        assertThat(cli.run("new-topic", "loyalty", rules.toString())).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("cx-advisor new-topic: " + rules.resolve("loyalty.dslr") + " already exists:"
                + " choose another topic name, or edit that topic's files (nothing was written)\n");
        assertThat(rules.resolve("loyalty.texts.yaml")).doesNotExist();
        assertThat(cli.run("new-topic", "Loyalty Programme", rules.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("'Loyalty Programme' is not a topic name: use lower-case words joined by hyphens");
        assertThat(cli.run("new-topic", "loyalty-programme", rules.toString(), "--category", "LOYALTY")).isEqualTo(2);
        assertThat(cli.err()).contains("Invalid value for option '--category'").contains("FEEL_SPECIAL");
        assertThat(cli.run("new-topic", "loyalty-programme", rules.toString(), "--kpoints", "K30")).isEqualTo(1);
        assertThat(cli.err()).contains("'K30' is not a K-point (K1..K29");
    }

    private static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.sorted().toList();
        }
    }
}
