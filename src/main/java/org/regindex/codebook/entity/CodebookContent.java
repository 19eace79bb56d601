package org.regindex.codebook.entity;

import java.util.List;
import java.util.Map;

/**
 * What a codebook says, independent of storage and file format: its axes with their categories,
 * its indicators in order, and the translations of their texts. Import and export both go through it,
 * which is what makes exporting and importing again give back the same codebook.
 */
public record CodebookContent(List<AxisSpec> axes, List<IndicatorSpec> indicators, Translations translations) {

    public CodebookContent {
        axes = List.copyOf(axes);
        indicators = List.copyOf(indicators);
        translations = translations == null ? Translations.NONE : translations;
    }

    /** A codebook in English with no translations. */
    public CodebookContent(List<AxisSpec> axes, List<IndicatorSpec> indicators) {
        this(axes, indicators, Translations.NONE);
    }

    public record AxisSpec(String code, String label, List<CategorySpec> categories) {
        public AxisSpec {
            categories = List.copyOf(categories);
        }
    }

    public record CategorySpec(String code, String label) {}

    /**
     * {@code categoryByAxis} maps each axis code to the indicator's category code on it; {@code
     * confidenceRequired} says whether an answer needs the expert's confidence before submitting.
     */
    public record IndicatorSpec(
            String code,
            String question,
            String guidance,
            boolean notApplicableAllowed,
            Map<String, String> categoryByAxis,
            List<OptionSpec> options,
            boolean confidenceRequired) {
        public IndicatorSpec {
            categoryByAxis = Map.copyOf(categoryByAxis);
            options = List.copyOf(options);
        }

        /** An indicator whose answers need no confidence. */
        public IndicatorSpec(
                String code,
                String question,
                String guidance,
                boolean notApplicableAllowed,
                Map<String, String> categoryByAxis,
                List<OptionSpec> options) {
            this(code, question, guidance, notApplicableAllowed, categoryByAxis, options, false);
        }
    }

    public record OptionSpec(String code, String label, int score) {}
}
