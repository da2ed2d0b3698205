package org.cxadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cxadvisor.advice.EngineSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line refuses what it does not know, helps on every command, and wires the engine as the server does. */
class CliTest {

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void aMisspeltCommandIsACommandNotTheServer() {
        assertThat(Cli.isCommand(new String[] {"valdiate", "rules/"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"--help"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"--server.port=9090", "--cxadvisor.rules-dir=x"})).isFalse();
        assertThat(Cli.isCommand(new String[] {})).isFalse();
    }

    @Test
    void anUnknownCommandPrintsASuggestionAndTheUsageAndExitsTwo() {
        assertThat(run("valdiate", "rules/")).isEqualTo(2);
        assertThat(err()).startsWith("Unknown command: 'valdiate'").contains("Did you mean: cx-advisor validate")
                .contains("Usage: cx-advisor [-hV] COMMAND").contains("validate").contains("rules-doc");
        assertThat(out()).isEmpty();
    }

    @Test
    void anUnknownOptionPrintsTheCommandsUsageAndExitsTwo() {
        assertThat(run("validate", "--verfier", "off")).isEqualTo(2);
        assertThat(err()).startsWith("Unknown option: '--verfier'").contains("Usage: cx-advisor validate");
        assertThat(run("advise", "rules/examples/pub.json", "--lang", "de")).isEqualTo(2);
        assertThat(err()).contains("Invalid value for option '--lang': expected one of [en, nl]");
    }

    @Test
    void everyCommandHasHelp() {
        var commands = Cli.commandLine().getSubcommands().keySet();
        assertThat(commands).contains("advise", "validate", "test", "rules-doc", "scenarios", "help");
        for (String command : commands) {
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(out()).as(command).contains("Usage: cx-advisor " + command);
        }
    }

    @Test
    void theEngineIsBoundFromTheServersProperties() {
        EngineSettings settings = Engine.settings();
        assertThat(settings.maxFirings()).isEqualTo(10_000);
        assertThat(settings.timeBudgetMs()).isEqualTo(2_000);
        System.setProperty("cxadvisor.engine.max-firings", "50");
        try {
            assertThat(Engine.settings().maxFirings()).isEqualTo(50);
        } finally {
            System.clearProperty("cxadvisor.engine.max-firings");
        }
    }

    @Test
    void adviseWritesTheReportForAnExampleOfTheRulesFolder() {
        assertThat(run("advise", "rules/examples/pub.json", "--lang", "nl")).isZero();
        assertThat(out()).startsWith("# CX-advies voor Café De Gouden Karper");
        assertThat(run("advise", "rules/examples/nothing.json")).isEqualTo(1);
        assertThat(err()).contains("no such file: rules/examples/nothing.json");
    }

    @Test
    void rulesDocWritesToStandardOutputOrWhereItIsTold(@TempDir Path dir) throws Exception {
        assertThat(run("rules-doc", "rules")).isZero();
        assertThat(out()).startsWith("# Rule reference");
        Path target = dir.resolve("reference.md");
        assertThat(run("rules-doc", "rules", "--out", target.toString())).isZero();
        assertThat(Files.readString(target)).startsWith("# Rule reference");
    }

    @Test
    void validateOfABrokenFolderExitsOneWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package cxadvisor;\nrule \"x\"\nwhen\n  Nothing()\nthen\nend\n");
        assertThat(run("validate", dir.toString(), "--verifier", "off")).isEqualTo(1);
        assertThat(out()).contains(dir + "/broken.drl:4: error:");
    }
}
