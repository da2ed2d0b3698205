package org.cxadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.profile.JsonText;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What commands share: the rules folder option and an evaluation service over it, without Spring; and, for the
 * commands that turn one JSON file into a report, the file, the language and the JSON output.
 */
final class Cli {

    static final String RULES_OPTION = "rules";
    static final String DEFAULT_RULES_DIR = "rules";
    static final int MAX_FIRINGS = 10_000;
    /** The options of a report command: {@code --lang en|nl}, {@code --format ...} and {@code --rules DIR}. */
    static final Set<String> REPORT_OPTIONS = Set.of("lang", "format", RULES_OPTION);

    private Cli() {
    }

    static Path rulesDir(Arguments args) {
        return Path.of(args.option(RULES_OPTION, DEFAULT_RULES_DIR));
    }

    static EvaluationService evaluationService(Path rulesDir) {
        KnowledgeBase kb = new KnowledgeBaseLoader(Clock.systemUTC()).load(rulesDir);
        return new EvaluationService(() -> kb, new AdviceEngine(MAX_FIRINGS));
    }

    /** The single file argument; {@code what} names it in the usage error ("profile file"). */
    static Path onlyFile(Arguments args, String what) {
        if (args.positional().size() != 1) {
            throw new UsageException("give exactly one " + what);
        }
        return Path.of(args.positional().get(0));
    }

    /** The report language of {@code --lang en|nl}, English by default. */
    static Locale language(Arguments args) {
        return Messages.supported(args.choice("lang", "en", List.of("en", "nl")));
    }

    static Object readJson(Path file) throws IOException {
        return JsonText.parse(Files.readAllBytes(file));
    }

    static String prettyJson(Object value) {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(value);
    }
}
