package org.regindex.codebook.entity;

import java.util.Comparator;

/**
 * Names one translatable text: its part, the code of what owns it (an indicator, an axis or a region) and, for an
 * option or a category, that one's own code ({@code ""} otherwise).
 */
public record TextKey(TextPart part, String owner, String code) implements Comparable<TextKey> {

    private static final Comparator<TextKey> ORDER =
            Comparator.comparing(TextKey::part).thenComparing(TextKey::owner).thenComparing(TextKey::code);

    public TextKey {
        code = code == null ? "" : code;
    }

    public static TextKey question(String indicator) {
        return new TextKey(TextPart.QUESTION, indicator, "");
    }

    public static TextKey guidance(String indicator) {
        return new TextKey(TextPart.GUIDANCE, indicator, "");
    }

    public static TextKey option(String indicator, String option) {
        return new TextKey(TextPart.OPTION, indicator, option);
    }

    public static TextKey axis(String axis) {
        return new TextKey(TextPart.AXIS, axis, "");
    }

    public static TextKey category(String axis, String category) {
        return new TextKey(TextPart.CATEGORY, axis, category);
    }

    public static TextKey region(String region) {
        return new TextKey(TextPart.REGION, region, "");
    }

    @Override
    public int compareTo(TextKey other) {
        return ORDER.compare(this, other);
    }
}
