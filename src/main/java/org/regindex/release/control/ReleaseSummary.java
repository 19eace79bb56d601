package org.regindex.release.control;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regindex.release.entity.ReleaseContent;

/**
 * A release in one table: per region its rank, overall score, coverage and scores on the categories of
 * the first axis, the one the overall is the mean of. Best ranked first; regions without an overall last.
 */
public final class ReleaseSummary {

    /** {@code overall}, a category score and {@code rank} are null when the region answered nothing applicable. */
    public record Row(
            String region,
            String name,
            Integer rank,
            BigDecimal overall,
            int answered,
            int total,
            Map<String, BigDecimal> categories) {

        public BigDecimal category(String code) {
            return categories.get(code);
        }
    }

    private ReleaseSummary() {}

    /** The axis whose categories the summary shows; null for a codebook without axes. */
    public static ReleaseContent.Axis firstAxis(ReleaseContent content) {
        return content.axes().isEmpty() ? null : content.axes().get(0);
    }

    public static List<Row> rows(ReleaseContent content) {
        Map<String, Integer> ranks = ReleaseDiff.ranks(content);
        ReleaseContent.Axis axis = firstAxis(content);
        return content.regions().stream()
                .map(region -> {
                    List<ReleaseContent.Score> own = content.scores().stream()
                            .filter(s -> s.region().equals(region.code()))
                            .toList();
                    ReleaseContent.Score overall = own.stream()
                            .filter(ReleaseContent.Score::isOverall)
                            .findFirst()
                            .orElse(null);
                    Map<String, BigDecimal> categories = new LinkedHashMap<>();
                    if (axis != null) {
                        own.stream()
                                .filter(s -> s.axis().equals(axis.code()))
                                .forEach(s -> categories.put(s.category(), s.value()));
                    }
                    return new Row(
                            region.code(),
                            region.name(),
                            ranks.get(region.code()),
                            overall == null ? null : overall.value(),
                            overall == null ? 0 : overall.answered(),
                            overall == null ? 0 : overall.total(),
                            Collections.unmodifiableMap(categories));
                })
                .sorted(Comparator.comparing(Row::rank, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                        .thenComparing(Row::region))
                .toList();
    }
}
