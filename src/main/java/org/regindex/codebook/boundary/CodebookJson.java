package org.regindex.codebook.boundary;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regindex.codebook.entity.Axis;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.Indicator;

/** The API's view of codebooks. */
public final class CodebookJson {

    private CodebookJson() {}

    public record Summary(
            String code,
            int version,
            String title,
            int indicators,
            Instant createdAt,
            String createdBy,
            String usedBy) {

        static Summary of(Codebook codebook, String usedBy) {
            return new Summary(
                    codebook.code(),
                    codebook.version(),
                    codebook.title(),
                    codebook.indicators().size(),
                    codebook.createdAt(),
                    codebook.createdBy(),
                    usedBy);
        }
    }

    public record Detail(
            String code,
            int version,
            String title,
            String aggregation,
            String usedBy,
            String language,
            List<String> translations,
            List<AxisView> axes,
            List<IndicatorView> indicators) {

        public static Detail of(Codebook codebook, String usedBy) {
            return new Detail(
                    codebook.code(),
                    codebook.version(),
                    codebook.title(),
                    codebook.aggregation().name(),
                    usedBy,
                    codebook.sourceLanguage(),
                    List.copyOf(codebook.translations().languages()),
                    codebook.axes().stream().map(AxisView::of).toList(),
                    codebook.indicators().stream()
                            .map(indicator -> IndicatorView.of(indicator, codebook.axes()))
                            .toList());
        }
    }

    public record AxisView(String code, String label, List<CategoryView> categories) {

        static AxisView of(Axis axis) {
            return new AxisView(
                    axis.code(),
                    axis.label(),
                    axis.categories().stream()
                            .map(c -> new CategoryView(c.code(), c.label()))
                            .toList());
        }
    }

    public record CategoryView(String code, String label) {}

    public record IndicatorView(
            String code,
            String question,
            String guidance,
            boolean notApplicableAllowed,
            boolean confidenceRequired,
            Map<String, String> categories,
            List<OptionView> options) {

        static IndicatorView of(Indicator indicator, List<Axis> axes) {
            Map<String, String> categories = new LinkedHashMap<>();
            axes.forEach(axis -> categories.put(
                    axis.code(), indicator.categoryOn(axis.code()).code()));
            return new IndicatorView(
                    indicator.code(),
                    indicator.question(),
                    indicator.guidance(),
                    indicator.notApplicableAllowed(),
                    indicator.confidenceRequired(),
                    categories,
                    indicator.options().stream()
                            .map(o -> new OptionView(o.code(), o.label(), o.score()))
                            .toList());
        }
    }

    public record OptionView(String code, String label, int score) {}
}
