package org.regindex.platform.control;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * The texts of the message bundles in a language given outright: for what is written to someone who is not
 * the one asking (notifications, e-mails), and underneath the pages' own texts (PageTexts). Every text with
 * placeholders is an ICU message pattern, so counts take each language's plural forms.
 */
public final class Texts {

    /** The bundle of every page, which faces-config.xml names {@code msg}. */
    public static final String BUNDLE = "org.regindex.i18n.messages";

    /** The languages of the pages and messages, English first (the default). */
    public static final List<Locale> SUPPORTED = Stream.of("en", "es", "de", "fr", "nl", "it", "pt", "sv")
            .map(Locale::forLanguageTag)
            .toList();

    private Texts() {}

    /** The supported language a tag names ({@code de}, {@code de-AT}, {@code pt_BR}), or null. */
    public static Locale supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(null);
    }

    /** The supported language a tag names, else English. */
    public static Locale orEnglish(String tag) {
        Locale supported = supported(tag);
        return supported == null ? Locale.ENGLISH : supported;
    }

    /** The text of a key in the given language with its {0}, {1}... filled in. */
    public static String text(Locale locale, String key, Object... arguments) {
        return format(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale, arguments);
    }

    /** The label of an enum constant: the key is the prefix and the constant's name ({@code state.IN_PROGRESS}). */
    public static String label(Locale locale, String prefix, Enum<?> constant) {
        return text(locale, prefix + "." + constant.name());
    }

    /** The one way every text is formatted. */
    public static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
