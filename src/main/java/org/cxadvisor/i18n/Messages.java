package org.cxadvisor.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's own labels and messages ({@code messages*.properties}), in English and Dutch, for code
 * that runs outside Spring too (the command line). Spring's MessageSource reads the same files.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, DUTCH);

    private Messages() {
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
        ResourceBundle bundle = ResourceBundle.getBundle("messages", supported(locale.toLanguageTag()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
