package org.cxadvisor.i18n;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    private static final Pattern TYPED_ELEMENT = Pattern.compile("\\{\\s*\\d+\\s*,");

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
        return SOURCE.getMessage(key, numbersAsText(language, key, args), key, language);
    }

    /**
     * A number in a plain {@code {0}} is written by {@link java.text.MessageFormat} with a
     * {@code NumberFormat.getInstance(locale)} it makes anew for every argument: in a report of thirty sentences that
     * was a third of the report's allocation. The same format, made once per thread and language, writes the same
     * text. Patterns with typed elements ({@code {0,choice,...}}, {@code {0,number,...}}) get the numbers themselves.
     */
    private static Object[] numbersAsText(Locale language, String key, Object[] args) {
        if (args == null || args.length == 0 || TYPED.get(language).contains(key)) {
            return args;
        }
        Object[] plain = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Number n) {
                plain = plain == args ? args.clone() : plain;
                plain[i] = NUMBERS.get().computeIfAbsent(language, NumberFormat::getInstance).format(n);
            }
        }
        return plain;
    }

    /** Per language, the keys whose patterns have typed elements (read once from the bundles). */
    private static final Map<Locale, Set<String>> TYPED = SUPPORTED.stream().collect(Collectors.toUnmodifiableMap(
            l -> l, l -> patterns(l).entrySet().stream().filter(e -> TYPED_ELEMENT.matcher(e.getValue()).find())
                    .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet())));

    private static final ThreadLocal<Map<Locale, NumberFormat>> NUMBERS = ThreadLocal.withInitial(HashMap::new);

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
