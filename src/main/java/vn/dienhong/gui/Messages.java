package vn.dienhong.gui;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's words in one language, read from {@code i18n/console*.properties} so that no screen
 * text is written in Java and a translator can change every word without touching code.
 */
final class Messages {
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n.console";
    private static final Pattern NAMED = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    // Without this control a "vi" request on a PC whose default locale is English would get English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The console's words for a language; anything but English gets Vietnamese, the base bundle. */
    static Messages of(Locale requested) {
        boolean english = requested != null && ENGLISH.getLanguage().equals(requested.getLanguage());
        Locale locale = english ? ENGLISH : VIETNAMESE;
        return new Messages(locale, ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                NO_FALLBACK));
    }

    Locale locale() {
        return locale;
    }

    /** The text for a key; a missing key shows itself, so a gap in a translation is visible but harmless. */
    String get(String key) {
        return find(key).orElse(key);
    }

    Optional<String> find(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** The text for a key with {0}, {1}… replaced; plain replacement, so apostrophes need no escaping. */
    String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Fills {name} placeholders from a map; empty when the text names a value the map does not hold. */
    static Optional<String> fill(String pattern, Map<String, ?> values) {
        Matcher matcher = NAMED.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            if (value == null) {
                return Optional.empty();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        matcher.appendTail(out);
        return Optional.of(out.toString());
    }
}
