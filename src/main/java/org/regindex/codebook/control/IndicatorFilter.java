package org.regindex.codebook.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.regindex.codebook.entity.Indicator;

/**
 * Which indicators of a codebook a coordinator looks at: a category on any number of axes (an axis
 * without one means all its categories) and a text found in the code, question or guidance.
 */
public record IndicatorFilter(Map<String, String> categoryByAxis, String text) {

    public IndicatorFilter {
        categoryByAxis = categoryByAxis.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public boolean matches(Indicator indicator) {
        return categoryByAxis.entrySet().stream()
                        .allMatch(entry ->
                                indicator.categoryOn(entry.getKey()).code().equals(entry.getValue()))
                && (text.isEmpty()
                        || contains(indicator.code())
                        || contains(indicator.question())
                        || contains(indicator.guidance()));
    }

    public List<Indicator> apply(List<Indicator> indicators) {
        return indicators.stream().filter(this::matches).toList();
    }

    private boolean contains(String field) {
        return field.toLowerCase(Locale.ROOT).contains(text);
    }
}
