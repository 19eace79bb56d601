package org.regindex.codebook.entity;

import java.util.List;
import java.util.Map;

/**
 * What a codebook says, independent of storage and file format: its axes with their categories,
 * and its indicators in order. Import and export both go through it, which is what makes
 * exporting and importing again give back the same codebook.
 */
public record CodebookContent(List<AxisSpec> axes, List<IndicatorSpec> indicators) {

    public CodebookContent {
        axes = List.copyOf(axes);
        indicators = List.copyOf(indicators);
    }

    public record AxisSpec(String code, String label, List<CategorySpec> categories) {
        public AxisSpec {
            categories = List.copyOf(categories);
        }
    }

    public record CategorySpec(String code, String label) {}

    /** {@code categoryByAxis} maps each axis code to the indicator's category code on it. */
    public record IndicatorSpec(
            String code,
            String question,
            String guidance,
            boolean notApplicableAllowed,
            Map<String, String> categoryByAxis,
            List<OptionSpec> options) {
        public IndicatorSpec {
            categoryByAxis = Map.copyOf(categoryByAxis);
            options = List.copyOf(options);
        }
    }

    public record OptionSpec(String code, String label, int score) {}
}
