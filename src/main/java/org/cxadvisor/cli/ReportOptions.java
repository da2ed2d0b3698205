package org.cxadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.profile.JsonText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What the commands that turn one JSON file into a report share: the file, {@code --lang}, {@code --rules}, JSON in and out. */
final class ReportOptions {

    enum Language { en, nl }

    @Parameters(paramLabel = "FILE.json", description = "the JSON file to report on")
    Path file;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|nl", description = "report language (default: ${DEFAULT-VALUE})")
    Language lang;

    @Option(names = "--rules", defaultValue = "rules", paramLabel = "DIR", description = "the rules folder (default: ${DEFAULT-VALUE})")
    Path rules;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The command's standard output. */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    Locale locale() {
        return Messages.supported(lang.name());
    }

    Object readJson() throws IOException {
        return JsonText.parse(Files.readAllBytes(file));
    }

    static String prettyJson(Object value) {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(value);
    }
}
