package org.regindex.release.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.regindex.codebook.entity.TextKey;
import org.regindex.codebook.entity.TextPart;
import org.regindex.codebook.entity.Translations;

/**
 * A release's content as a public page shows it in one language: every codebook text and region name replaced by the
 * translation the release was frozen with, the source text kept where there is none. {@code untranslated} names the
 * codebook texts shown in the source language (region names without a translation are not missing: most regions
 * have one name in every language).
 */
public record LocalizedContent(ReleaseContent content, String language, SortedSet<TextKey> untranslated) {

    public LocalizedContent {
        untranslated = Collections.unmodifiableSortedSet(new TreeSet<>(untranslated));
    }

    public static LocalizedContent of(ReleaseContent content, String language) {
        Translations translations = content.translations();
        if (language.equals(translations.source())) {
            return new LocalizedContent(content, language, new TreeSet<>());
        }
        SortedSet<TextKey> missing = new TreeSet<>();
        Shower show = (key, original) -> {
            Translations.Shown shown = translations.in(language, key, original);
            if (!shown.translated() && !original.isEmpty() && key.part() != TextPart.REGION) {
                missing.add(key);
            }
            return shown.text();
        };
        List<ReleaseContent.Axis> axes = content.axes().stream()
                .map(axis -> new ReleaseContent.Axis(
                        axis.code(),
                        show.text(TextKey.axis(axis.code()), axis.label()),
                        axis.categories().stream()
                                .map(c -> new ReleaseContent.Category(
                                        c.code(), show.text(TextKey.category(axis.code(), c.code()), c.label())))
                                .toList()))
                .toList();
        List<ReleaseContent.Indicator> indicators = content.indicators().stream()
                .map(i -> new ReleaseContent.Indicator(
                        i.code(),
                        show.text(TextKey.question(i.code()), i.question()),
                        show.text(TextKey.guidance(i.code()), i.guidance()),
                        i.notApplicableAllowed(),
                        i.categoryByAxis(),
                        i.options().stream()
                                .map(o -> new ReleaseContent.Option(
                                        o.code(), show.text(TextKey.option(i.code(), o.code()), o.label()), o.score()))
                                .toList()))
                .toList();
        List<ReleaseContent.Region> regions = content.regions().stream()
                .map(r -> new ReleaseContent.Region(
                        r.code(), show.text(TextKey.region(r.code()), r.name()), r.countryCode()))
                .toList();
        return new LocalizedContent(
                new ReleaseContent(
                        content.header(),
                        axes,
                        indicators,
                        regions,
                        content.answers(),
                        content.scores(),
                        translations,
                        content.replies(),
                        content.evidence()),
                language,
                missing);
    }

    /** The language the codebook was written in. */
    public String source() {
        return content.translations().source();
    }

    public boolean partlyUntranslated() {
        return !untranslated.isEmpty();
    }

    /** True when a text of this indicator (its question, guidance or an option's label) is shown untranslated. */
    public boolean untranslatedIndicator(String code) {
        return untranslated.stream()
                .anyMatch(key -> key.owner().equals(code)
                        && List.of(TextPart.QUESTION, TextPart.GUIDANCE, TextPart.OPTION)
                                .contains(key.part()));
    }

    /** True when this axis's label or the label of one of its categories is shown untranslated. */
    public boolean untranslatedAxis(String code) {
        return untranslated.stream()
                .anyMatch(key ->
                        key.owner().equals(code) && (key.part() == TextPart.AXIS || key.part() == TextPart.CATEGORY));
    }

    /** How many texts of each part are shown untranslated, for a summary. */
    public Map<TextPart, Long> untranslatedByPart() {
        Map<TextPart, Long> counts = new LinkedHashMap<>();
        untranslated.forEach(key -> counts.merge(key.part(), 1L, Long::sum));
        return counts;
    }

    @FunctionalInterface
    private interface Shower {
        String text(TextKey key, String original);
    }
}
