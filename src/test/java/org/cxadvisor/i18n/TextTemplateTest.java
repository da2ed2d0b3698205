package org.cxadvisor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTemplateTest {

    @Test
    void aTextsPlaceholderIsReplacedByItsValue() {
        TextTemplate t = TextTemplate.parse("Engagement {employeeEngagement} of 5 ({EXPERIENCE_QUADRANT}).");
        assertThat(t.names()).containsExactly("employeeEngagement", "EXPERIENCE_QUADRANT");
        assertThat(t.fill(Map.of("employeeEngagement", "2", "EXPERIENCE_QUADRANT", "“Basic”")::get))
                .isEqualTo("Engagement 2 of 5 (“Basic”).");
    }

    @Test
    void aTextWithoutPlaceholdersIsItself() {
        String text = "Nothing to fill {0} or { spaced }.";
        assertThat(TextTemplate.parse(text).fill(name -> "x")).isSameAs(text);
    }

    @Test
    void aMessageKeepsMessageFormatsQuotes() {
        TextTemplate t = TextTemplate.ofMessage(new MessageFormat("It''s {1} before '{'{0}'}', {0} again", Locale.ENGLISH));
        assertThat(t.names()).containsExactly("1", "0", "0");
        assertThat(t.fill(name -> "<" + name + ">")).isEqualTo("It's <1> before {<0>}, <0> again");
    }
}
