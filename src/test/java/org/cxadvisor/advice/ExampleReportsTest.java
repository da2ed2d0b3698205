package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.ProfileReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example reports of docs/examples (for the profiles of rules/examples) are what the product says today, word
 * for word, in both languages: the
 * report is assembled from parts prepared once per knowledge base (issue 15), and this keeps it saying exactly what
 * it said when it was assembled afresh each time. After changing rules or texts, regenerate the examples as
 * docs/examples/README.md says.
 */
class ExampleReportsTest {

    private static final KnowledgeBase KB = new KnowledgeBaseLoader(Clock.systemUTC()).load(Path.of("rules"));
    private static final EvaluationService SERVICE = new EvaluationService(() -> KB, new AdviceEngine(10_000));

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules/examples"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theReportIsTheExampleWordForWord(Path example) throws IOException {
        CompanyProfile profile = ProfileReader.read(JsonText.parse(Files.readAllBytes(example)));
        for (Locale locale : List.of(Messages.ENGLISH, Messages.DUTCH)) {
            Path expected = Path.of("docs/examples", example.getFileName().toString()
                    .replaceAll("\\.json$", "." + locale.getLanguage() + ".md"));
            assertThat(MarkdownReport.render(profile.name(), SERVICE.report(profile, locale), locale))
                    .as("%s (regenerate docs/examples after changing rules or texts)", expected)
                    .isEqualTo(Files.readString(expected));
        }
    }
}
