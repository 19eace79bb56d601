package org.regindex.publication.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseVersion;

/**
 * A region's scores over time: one point per cycle that published a release with the region, oldest first, from
 * the cycle's newest published release (a correction replaces the release it corrects). Each point says whether
 * its codebook differs from the point before, since scores of different codebooks are not directly comparable.
 */
public final class ScoreSeries {

    /** {@code scores} by category code of the axis (empty for the overall score only, or where the axis is missing). */
    public record Point(
            String version,
            String cycle,
            String cycleName,
            String codebook,
            boolean codebookChanged,
            BigDecimal overall,
            Map<String, BigDecimal> scores) {}

    public record Series(String region, String name, String axis, List<Point> points) {}

    private ScoreSeries() {}

    /** The series of {@code region} on {@code axis} ("overall" or an axis code) across these published releases. */
    public static Optional<Series> of(Collection<ReleaseContent> published, String region, String axis) {
        TreeMap<Integer, ReleaseContent> newestOfEachCycle = new TreeMap<>();
        for (ReleaseContent content : published) {
            ReleaseVersion version = ReleaseVersion.parse(content.header().version());
            newestOfEachCycle.merge(version.major(), content, (a, b) -> minor(a) >= minor(b) ? a : b);
        }
        List<Point> points = new ArrayList<>();
        String name = null;
        String previousCodebook = null;
        for (ReleaseContent content : newestOfEachCycle.values()) {
            Optional<ReleaseContent.Region> found = content.regions().stream()
                    .filter(r -> r.code().equals(region))
                    .findFirst();
            if (found.isEmpty()) {
                continue;
            }
            name = found.get().name();
            ReleaseContent.Header header = content.header();
            String codebook = header.codebookCode() + " v" + header.codebookVersion();
            points.add(new Point(
                    header.version(),
                    header.cycleCode(),
                    header.cycleName(),
                    codebook,
                    previousCodebook != null && !previousCodebook.equals(codebook),
                    value(content, region, ReleaseContent.Score.OVERALL, ReleaseContent.Score.OVERALL),
                    categoryScores(content, region, axis)));
            previousCodebook = codebook;
        }
        return points.isEmpty() ? Optional.empty() : Optional.of(new Series(region, name, axis, points));
    }

    private static Map<String, BigDecimal> categoryScores(ReleaseContent content, String region, String axis) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        content.axes().stream()
                .filter(a -> a.code().equals(axis))
                .findFirst()
                .ifPresent(found -> found.categories()
                        .forEach(category ->
                                scores.put(category.code(), value(content, region, axis, category.code()))));
        return scores;
    }

    private static int minor(ReleaseContent content) {
        return ReleaseVersion.parse(content.header().version()).minor();
    }

    private static BigDecimal value(ReleaseContent content, String region, String axis, String category) {
        return content.scores().stream()
                .filter(s -> s.region().equals(region)
                        && s.axis().equals(axis)
                        && s.category().equals(category))
                .findFirst()
                .map(ReleaseContent.Score::value)
                .orElse(null);
    }
}
