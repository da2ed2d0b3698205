package org.cxadvisor.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Spring's resource-bundle source over {@code messages*.properties}, read as UTF-8, English as the base and never
 * the machine's locale, that prepares each pattern of the supported languages once ({@link MessagePattern}). Spring
 * itself, for a key, looks up the bundle and its cached {@link java.text.MessageFormat}, locks it, makes a
 * {@link java.text.NumberFormat} for every number and parses the chosen branch of a {@code {0,choice,…}} again:
 * most of a report's time in words. Here a message is only joined with its arguments. Other locales, arguments
 * other than text and numbers, patterns with other typed elements and keys the bundles lack take Spring's way.
 */
final class PreparedMessageSource extends ResourceBundleMessageSource {

    private static final String BASENAME = "messages";

    /** Per supported language, the keys of the bundles looked up so far, each with its {@link Prepared} pattern. */
    private final Map<Locale, Map<String, Prepared>> prepared =
            Map.of(Messages.ENGLISH, new ConcurrentHashMap<>(), Messages.DUTCH, new ConcurrentHashMap<>());

    PreparedMessageSource() {
        setBasename(BASENAME);
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
    }

    ResourceBundle bundle(Locale locale) {
        return getResourceBundle(BASENAME, locale);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        Map<String, Prepared> kept = code == null || locale == null ? null : prepared.get(locale);
        Prepared pattern = kept == null ? null : prepared(kept, locale, code);
        String text = pattern == null ? null : args == null || args.length == 0 ? pattern.pattern() : pattern.write(args);
        return text != null ? text : super.getMessageInternal(code, args, locale);
    }

    /** The key's prepared pattern; null for a key the bundles lack, which is not kept (keys may come from input). */
    private Prepared prepared(Map<String, Prepared> kept, Locale language, String key) {
        Prepared pattern = kept.get(key);
        if (pattern == null) {
            pattern = prepare(language, key);
            if (pattern != null) {
                kept.put(key, pattern);
            }
        }
        return pattern;
    }

    private Prepared prepare(Locale language, String key) {
        ResourceBundle bundle = bundle(language);
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

    /**
     * A key's pattern as written (Spring answers a message without arguments with it), and prepared for arguments
     * (null when it cannot be).
     */
    private record Prepared(String pattern, MessagePattern message) {

        /** The message for text and number arguments; null leaves others to Spring. */
        String write(Object[] args) {
            for (Object arg : args) {
                if (arg != null && !(arg instanceof String) && !(arg instanceof Number)) {
                    return null;
                }
            }
            return message == null ? null : message.write(args);
        }
    }
}
