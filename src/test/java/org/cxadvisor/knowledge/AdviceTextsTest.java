package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdviceTextsTest {

    private static final String NL = """
              nl:
                title: Titel
                summary: Samenvatting.
                actions: [Doe dit.]
                rationale: Omdat.
            """;

    private static List<RuleError> errorsOf(String yaml) {
        List<RuleError> errors = new ArrayList<>();
        AdviceTexts.read(List.of(new RuleFile("topic.texts.yaml", yaml)), errors);
        return errors;
    }

    @Test
    void completeTextsInBothLanguagesAreRead() {
        List<RuleError> errors = new ArrayList<>();
        AdviceTexts texts = AdviceTexts.read(List.of(new RuleFile("topic.texts.yaml", """
                give-a-gesture:
                  en:
                    title: Give a gesture
                    summary: >-
                        Give before you take: the gesture counts.
                    actions:
                      - "Send a chocolate letter: the customer's initial."
                    rationale: >-
                        Personal gestures: {personalGestures}.
                """ + NL)), errors);
        assertThat(errors).isEmpty();
        AdviceText en = texts.text("give-a-gesture", "en").orElseThrow();
        assertThat(en.summary()).isEqualTo("Give before you take: the gesture counts.");
        assertThat(en.actions()).containsExactly("Send a chocolate letter: the customer's initial.");
        assertThat(texts.text("give-a-gesture", "nl")).isPresent();
        assertThat(texts.fileOf("give-a-gesture")).isEqualTo("topic.texts.yaml");
    }

    @Test
    void anActionThatYamlReadsAsAKeyValuePairIsAnErrorWithItsLine() {
        List<RuleError> errors = errorsOf("""
                give-a-gesture:
                  en:
                    title: Give a gesture
                    summary: Give before you take.
                    actions:
                      - Send a chocolate letter: the customer's initial.
                    rationale: Because.
                """ + NL);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("topic.texts.yaml");
            assertThat(e.line()).isEqualTo(5); // the actions, not the top of the file
            assertThat(e.message()).contains("give-a-gesture", "(en)", "double quotes");
        });
    }

    @Test
    void missingPartsAndUnknownLanguagesAreErrors() {
        assertThat(errorsOf("""
                a:
                  en:
                    title: Only a title
                """ + NL)).extracting(RuleError::toString).containsExactly(
                "topic.texts.yaml:2: error: Advice 'a' (en) has no summary: add 'summary:' under 'en:'.",
                "topic.texts.yaml:2: error: Advice 'a' (en) has no actions: add 'actions:' under 'en:', with one line '- ...' per action.",
                "topic.texts.yaml:2: error: Advice 'a' (en) has no rationale: add 'rationale:' under 'en:'.");
        assertThat(errorsOf("""
                a:
                  fr:
                    title: T
                    summary: S
                    actions: [A]
                    rationale: R
                """)).singleElement().satisfies(e -> assertThat(e.message()).contains("unknown language 'fr'"));
    }

    @Test
    void brokenYamlIsAnErrorAtItsLine() {
        assertThat(errorsOf("a:\n  en: [unclosed\n")).singleElement().satisfies(e -> assertThat(e.line()).isPositive());
    }
}
