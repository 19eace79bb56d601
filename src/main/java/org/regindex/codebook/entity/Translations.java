package org.regindex.codebook.entity;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The texts of a codebook in languages other than its source language, by language and {@link TextKey}. A text
 * that has no translation into a language is shown in the source language, and the page says so: {@link #in}
 * tells the two apart. Immutable; languages and keys in a fixed order, so that two equal values export alike.
 */
public record Translations(String source, SortedMap<String, SortedMap<TextKey, String>> byLanguage) {

    /** No translations, English source: what every codebook and release had before translations existed. */
    public static final Translations NONE = new Translations("en", new TreeMap<>());

    public Translations {
        SortedMap<String, SortedMap<TextKey, String>> copy = new TreeMap<>();
        byLanguage.forEach((language, texts) -> {
            if (!language.equals(source) && !texts.isEmpty()) {
                copy.put(language, Collections.unmodifiableSortedMap(new TreeMap<>(texts)));
            }
        });
        byLanguage = Collections.unmodifiableSortedMap(copy);
    }

    /** A text in a language, or the original when that language is the source or has no translation of it. */
    public Shown in(String language, TextKey key, String original) {
        if (language.equals(source)) {
            return new Shown(original, original, true);
        }
        return text(language, key)
                .map(text -> new Shown(text, original, true))
                .orElseGet(() -> new Shown(original, original, false));
    }

    /** An axis's label in the language, or its source label. */
    public String label(String language, Axis axis) {
        return in(language, TextKey.axis(axis.code()), axis.label()).text();
    }

    /** A category's label in the language, or its source label. */
    public String label(String language, Axis axis, Category category) {
        return in(language, TextKey.category(axis.code(), category.code()), category.label())
                .text();
    }

    public Optional<String> text(String language, TextKey key) {
        return Optional.ofNullable(
                byLanguage.getOrDefault(language, Collections.emptySortedMap()).get(key));
    }

    /** The languages with at least one translated text. */
    public SortedSet<String> languages() {
        return new TreeSet<>(byLanguage.keySet());
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    /** These translations and those of {@code other} (which win where both have a text), with this source. */
    public Translations with(Translations other) {
        SortedMap<String, SortedMap<TextKey, String>> merged = new TreeMap<>();
        byLanguage.forEach((language, texts) -> merged.put(language, new TreeMap<>(texts)));
        other.byLanguage.forEach((language, texts) ->
                merged.computeIfAbsent(language, l -> new TreeMap<>()).putAll(texts));
        return new Translations(source, merged);
    }

    /** Only the texts of the parts that pass. */
    public Translations only(Predicate<TextPart> parts) {
        SortedMap<String, SortedMap<TextKey, String>> kept = new TreeMap<>();
        byLanguage.forEach((language, texts) -> {
            SortedMap<TextKey, String> some = new TreeMap<>();
            texts.forEach((key, text) -> {
                if (parts.test(key.part())) {
                    some.put(key, text);
                }
            });
            kept.put(language, some);
        });
        return new Translations(source, kept);
    }

    /** Builds translations one text at a time. */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** Collects texts; a blank text is no translation. */
    public static final class Builder {
        private final String source;
        private final SortedMap<String, SortedMap<TextKey, String>> texts = new TreeMap<>();

        Builder(String source) {
            this.source = source;
        }

        public Builder put(String language, TextKey key, String text) {
            if (text != null && !text.isBlank()) {
                texts.computeIfAbsent(language, l -> new TreeMap<>()).put(key, text.strip());
            }
            return this;
        }

        public Builder putAll(Map<TextKey, String> byKey, String language) {
            byKey.forEach((key, text) -> put(language, key, text));
            return this;
        }

        public Translations build() {
            return new Translations(source, texts);
        }
    }

    /**
     * What a page shows: the text, the original it translates, and whether it is in the language asked for
     * ({@code translated} false: the original is shown because no translation exists).
     */
    public record Shown(String text, String original, boolean translated) {

        /** True when a translation is shown and the original differs: then the page offers the original. */
        public boolean differs() {
            return translated && !text.equals(original);
        }
    }
}
