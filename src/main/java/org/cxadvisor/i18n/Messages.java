package org.cxadvisor.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The product's one {@link MessageSource} over {@code messages*.properties} (English and Dutch). The server
 * registers this same instance as Spring's {@code messageSource}; code that also runs without Spring (the command
 * line, the report and scenario writers) reaches it through {@link #get}. A missing key is answered with the key.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, DUTCH);

    private static final Source SOURCE = new Source();

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
        Locale language = supported(locale);
        String text = args == null || args.length == 0 ? withoutArguments(language, key) : prepared(language, key, args);
        return text != null ? text : SOURCE.getMessage(key, args, key, language);
    }

    /** The pattern itself, as Spring answers a message without arguments, kept once looked up. */
    private static String withoutArguments(Locale language, String key) {
        Prepared pattern = prepared(language, key);
        return pattern != null ? pattern.pattern() : null;
    }

    /** Through the message's {@link MessagePattern} when its arguments are text and numbers; null leaves it to Spring. */
    private static String prepared(Locale language, String key, Object[] args) {
        for (Object arg : args) {
            if (arg != null && !(arg instanceof String) && !(arg instanceof Number)) {
                return null;
            }
        }
        Prepared pattern = prepared(language, key);
        return pattern != null && pattern.message() != null ? pattern.message().write(args) : null;
    }

    /** The key's prepared pattern; null for a key the bundles lack, which is not kept (keys may come from input). */
    private static Prepared prepared(Locale language, String key) {
        Map<String, Prepared> kept = PREPARED.get(language);
        Prepared pattern = kept.get(key);
        if (pattern == null) {
            pattern = prepare(language, key);
            if (pattern != null) {
                kept.put(key, pattern);
            }
        }
        return pattern;
    }

    private static Prepared prepare(Locale language, String key) {
        ResourceBundle bundle = SOURCE.bundle(language);
        if (bundle == null || !bundle.containsKey(key)) {
            return null;
        }
        String pattern = bundle.getString(key);
        MessagePattern message;
        try {
            message = MessagePattern.of(pattern, language);
        } catch (IllegalArgumentException notAMessageFormat) {
            message = null; // a pattern for the pages ({profile}); with arguments Spring reports it as before
        }
        return new Prepared(pattern, message);
    }

    /** A key's pattern as written, and prepared for arguments (null when it cannot be). */
    private record Prepared(String pattern, MessagePattern message) {
    }

    /** Per language, the keys of the bundles looked up so far, each with its {@link Prepared} pattern. */
    private static final Map<Locale, Map<String, Prepared>> PREPARED =
            Map.of(ENGLISH, new ConcurrentHashMap<>(), DUTCH, new ConcurrentHashMap<>());

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

    /** Spring's resource-bundle source, read as UTF-8, English as the base and never the machine's locale. */
    private static final class Source extends ResourceBundleMessageSource {

        Source() {
            setBasename("messages");
            setDefaultEncoding("UTF-8");
            setFallbackToSystemLocale(false);
        }

        ResourceBundle bundle(Locale locale) {
            return getResourceBundle("messages", locale);
        }
    }
}
