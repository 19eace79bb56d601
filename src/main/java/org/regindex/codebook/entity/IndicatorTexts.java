package org.regindex.codebook.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an expert or reviewer reads of one indicator in a language: its question, guidance and option labels, each
 * translated or, where no translation exists, the source text. The page offers the original when anything shown
 * differs from it, and says so when something is not translated.
 */
public record IndicatorTexts(
        String language,
        String source,
        Translations.Shown question,
        Translations.Shown guidance,
        Map<String, Translations.Shown> options) {

    public IndicatorTexts {
        options = Map.copyOf(options);
    }

    public static IndicatorTexts of(Indicator indicator, String language) {
        Translations translations = indicator.codebook().translations();
        Map<String, Translations.Shown> options = new LinkedHashMap<>();
        indicator
                .options()
                .forEach(option -> options.put(
                        option.code(),
                        translations.in(language, TextKey.option(indicator.code(), option.code()), option.label())));
        return new IndicatorTexts(
                language,
                translations.source(),
                translations.in(language, TextKey.question(indicator.code()), indicator.question()),
                translations.in(language, TextKey.guidance(indicator.code()), indicator.guidance()),
                options);
    }

    /** The label of an option as shown. */
    public String option(String code) {
        Translations.Shown shown = options.get(code);
        return shown == null ? "" : shown.text();
    }

    /** True when a translation is shown, so that the source text is worth a click. */
    public boolean offersOriginal() {
        return question.differs()
                || guidance.differs()
                || options.values().stream().anyMatch(Translations.Shown::differs);
    }

    /** True when the page is not in the source language and some text (an empty guidance aside) has no translation. */
    public boolean partlyUntranslated() {
        return !language.equals(source)
                && (!question.translated()
                        || (!guidance.original().isEmpty() && !guidance.translated())
                        || options.values().stream().anyMatch(shown -> !shown.translated()));
    }
}
