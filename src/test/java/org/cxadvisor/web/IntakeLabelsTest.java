package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.cxadvisor.profile.ProfileField;
import org.junit.jupiter.api.Test;

/** The intake form's labels exist in English and Dutch for every profile field (the form is built from them). */
class IntakeLabelsTest {

    // every field also needs field.<path>.short: scenario texts use it and have no fallback

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_nl.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyFieldHasAQuestionAReasonAndForScalesTheMeaningOfOneAndFive() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_nl.properties"}) {
            Properties messages = load(file);
            for (ProfileField field : ProfileField.values()) {
                String key = "field." + field.path();
                assertThat(messages.getProperty(key)).as("%s in %s", key, file).isNotBlank();
                // the short noun the scenario texts use ("Would disappear if employee engagement were 4 or more.")
                assertThat(messages.getProperty(key + ".short")).as("%s.short in %s", key, file).isNotBlank()
                        .doesNotEndWith("?").hasSizeLessThan(45);
                assertThat(messages.getProperty(key + ".help")).as("%s.help in %s", key, file).isNotNull();
                if (field.group().isEmpty()) {
                    assertThat(messages.getProperty(key + ".help")).as("%s.help in %s", key, file).isNotBlank();
                }
                if (field.kind() == ProfileField.Kind.SCALE) {
                    assertThat(messages.getProperty(key + ".low")).as("%s.low in %s", key, file).isNotBlank();
                    assertThat(messages.getProperty(key + ".high")).as("%s.high in %s", key, file).isNotBlank();
                }
            }
            assertThat(messages.getProperty("field.customerValue")).isNotBlank();
            assertThat(messages.getProperty("field.customerValue.help")).isNotBlank();
            assertThat(messages.getProperty("field.customerValue.short")).as("field.customerValue.short in %s", file).isNotBlank();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IntakeLabelsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
