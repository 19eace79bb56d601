package org.regindex.publication.control;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** A horizontal bar chart as data: one bar per region, its width the score in percent of 100. */
public final class Bars {

    /**
     * {@code width} is a CSS percentage with a dot, whatever the page's language; {@code link} the region's
     * page, relative to the explorer's folder. Getters for the page, as in {@link CompareTable}.
     */
    public record Bar(String code, String label, BigDecimal value, String text, String width, String link) {

        public String getLabel() {
            return label;
        }

        public String getText() {
            return text;
        }

        public String getWidth() {
            return width;
        }

        public String getLink() {
            return link;
        }
    }

    private Bars() {}

    /** Highest score first, regions without a score last, ties by code. */
    public static List<Bar> highestFirst(List<Bar> bars) {
        return bars.stream()
                .sorted(Comparator.comparing(Bar::value, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                        .thenComparing(Bar::code))
                .toList();
    }
}
