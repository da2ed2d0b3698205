package org.cxadvisor.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.springframework.context.MessageSource;

/**
 * The product's one {@link MessageSource} over {@code messages*.properties} (English and Dutch). The server
 * registers this same instance as Spring's {@code messageSource}; code that also runs without Spring (the command
 * line, the report and scenario writers) reaches it through {@link #get}. A missing key is answered with the key.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, DUTCH);

    private static final PreparedMessageSource SOURCE = new PreparedMessageSource();

    private Messages() {
    }

    /** The message source itself, for Spring and for code that takes a {@link MessageSource}. */
    public static MessageSource source() {
        return SOURCE;
    }

    /** The supported language closest to the given tag ("nl", "nl-BE", "en-GB"); English otherwise. */
    public static Locale supported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return ENGLISH;
        }
        String language = Locale.forLanguageTag(languageTag.trim()).getLanguage();
        return DUTCH.getLanguage().equals(language) ? DUTCH : ENGLISH;
    }

    public static String get(Locale locale, String key, Object... args) {
        return SOURCE.getMessage(key, args, key, supported(locale));
    }

    /** The supported language closest to a locale; the supported ones themselves without building a tag. */
    private static Locale supported(Locale locale) {
        return locale == ENGLISH || locale == DUTCH ? locale : supported(locale.toLanguageTag());
    }

    /** Every key with its raw pattern ({@code {0}} unformatted) in a language, for the browser pages. */
    public static Map<String, String> patterns(Locale locale) {
        ResourceBundle bundle = SOURCE.bundle(supported(locale));
        Map<String, String> patterns = new TreeMap<>();
        for (String key : bundle.keySet()) {
            patterns.put(key, bundle.getString(key));
        }
        return patterns;
    }
}
