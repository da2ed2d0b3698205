package org.cxadvisor.experiment;

import java.util.Map;

/** Texts of one catalog entry by language and name ({@code en: {hypothesis: ...}}); English stands in for a gap. */
public record Texts(Map<String, Map<String, String>> byLanguage) {

    public static final String ENGLISH = "en";

    public Texts {
        byLanguage = Map.copyOf(byLanguage);
    }

    public String get(String language, String name) {
        String text = byLanguage.getOrDefault(language, Map.of()).get(name);
        return text != null ? text : byLanguage.getOrDefault(ENGLISH, Map.of()).getOrDefault(name, "");
    }
}
