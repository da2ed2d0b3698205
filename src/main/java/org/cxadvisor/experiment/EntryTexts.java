package org.cxadvisor.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the English and Dutch texts of a plans-file entry; each language must give every text. */
final class EntryTexts {

    static final List<String> LANGUAGES = List.of("en", "nl");

    private EntryTexts() {
    }

    static Texts named(Entry entry, String... names) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Entry block = entry.child(language);
            if (!block.isMap()) {
                block.fail(entry.path() + " needs texts under '" + language + ":' (" + String.join(", ", names) + ").");
                continue;
            }
            block.only(names);
            Map<String, String> byName = new LinkedHashMap<>();
            for (String name : names) {
                String text = block.child(name).text();
                byName.put(name, text == null ? "" : text);
            }
            texts.put(language, byName);
        }
        return new Texts(texts);
    }

    /** A single text per language, stored under the name "text". */
    static Texts single(Entry entry) {
        entry.only(LANGUAGES.toArray(String[]::new));
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> {
            String text = entry.child(language).text();
            texts.put(language, Map.of("text", text == null ? "" : text));
        });
        return new Texts(texts);
    }
}
