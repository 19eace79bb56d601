package org.regindex.platform.entity;

import java.util.List;
import java.util.Locale;

/**
 * The languages of the pages, and so the languages a codebook or a region name may be translated into: English,
 * Spanish, German, French, Dutch, Italian, Portuguese and Swedish, by their ISO 639-1 tags, in the order the
 * language switch offers them.
 */
public final class Languages {

    public static final List<String> TAGS = List.of("en", "es", "de", "fr", "nl", "it", "pt", "sv");

    private Languages() {}

    public static boolean supported(String tag) {
        return tag != null && TAGS.contains(tag);
    }

    /** "German" for {@code de}, in the given language ("Deutsch" in German). */
    public static String name(String tag, Locale in) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(in);
    }
}
