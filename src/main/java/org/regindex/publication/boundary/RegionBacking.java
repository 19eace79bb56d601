package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.regindex.publication.control.CategoryMeans;
import org.regindex.publication.control.CompareTable;
import org.regindex.publication.control.LineChart;
import org.regindex.publication.control.RadarChart;
import org.regindex.publication.control.ScoreFormat;
import org.regindex.publication.control.ScoreSeries;
import org.regindex.publication.control.Views;
import org.regindex.release.entity.ReleaseContent;

/** A region in a release: its scores on every axis, the change since the previous release, and every answer. */
@Named
@RequestScoped
public class RegionBacking extends ReleasePage {

    /**
     * One category's line of an axis table, formatted, with the mean of all regions and of the region's country
     * beside it, and the score of the region it is read against ({@code other}, empty when none). {@code change}
     * is empty when there is nothing to compare.
     */
    public record CategoryLine(
            String label,
            String score,
            String shade,
            String coverage,
            String previous,
            String change,
            String mean,
            String countryMean,
            String other) {}

    /** An axis: its table, and its radar as SVG (null when it has fewer than three categories: then bars). */
    public record AxisScores(
            String code, String label, List<CategoryLine> lines, String radar, List<Views.CategoryScore> scores) {}

    @Inject
    Published published;

    @Inject
    RegionMaps maps;

    private RegionMaps.MapView map;

    /** One cycle's point of the region's overall score over time, formatted. */
    public record SeriesLine(
            String version, String cycleName, String overall, String codebook, boolean codebookChanged) {}

    private Views.RegionProfile profile;
    private Views.RegionProfile other;
    private List<AxisScores> axes;
    private List<SeriesLine> series;
    private String seriesChart;

    @Override
    protected void prepare() {
        String code = Explorer.parameter("region");
        ReleaseContent previous = code == null ? null : published.previousContent(release, code);
        profile = code == null
                ? null
                : Views.region(content, release.digest(), code, previous).orElse(null);
        if (profile == null) {
            Explorer.notFound();
            return;
        }
        String with = Explorer.parameter("with");
        other = with == null || with.equals(code)
                ? null
                : Views.region(content, release.digest(), with, null).orElse(null);
        ScoreFormat format = explorer.format();
        String country = profile.region().countryCode();
        CategoryMeans all = CategoryMeans.of(content.scores(), regionsWhere(r -> true));
        CategoryMeans ofCountry = CategoryMeans.of(
                content.scores(), regionsWhere(r -> r.countryCode().equals(country)));
        axes = new ArrayList<>();
        for (ReleaseContent.Axis axis : content.axes()) {
            List<Views.CategoryScore> scores = profile.scores().stream()
                    .filter(s -> s.axis().equals(axis.code()))
                    .toList();
            List<CategoryLine> lines = scores.stream()
                    .map(s -> new CategoryLine(
                            s.label(),
                            format.score(s.score()),
                            ScoreFormat.shade(s.score()),
                            s.answered() + "/" + s.total(),
                            profile.previousVersion() == null ? "" : format.score(s.previous()),
                            format.change(s.previous(), s.score()),
                            format.score(all.of(s.axis(), s.category()).orElse(null)),
                            format.score(ofCountry.of(s.axis(), s.category()).orElse(null)),
                            other == null ? "" : format.score(otherScore(s))))
                    .toList();
            String radar = scores.size() < 3 ? null : radar(axis, scores, all, format);
            axes.add(new AxisScores(axis.code(), axis.label(), lines, radar, scores));
        }
        map = maps.draw(
                "region-map",
                language.format("region.mapTitle", profile.region().name()),
                CompareTable.bars(
                        CompareTable.of(
                                Views.scores(content, release.digest(), CompareTable.OVERALL),
                                null,
                                CompareTable.RANK,
                                false,
                                format),
                        CompareTable.OVERALL),
                code,
                explorerFolder());
        List<ScoreSeries.Point> points = ScoreSeries.of(published.publishedContents(), code, "overall")
                .map(ScoreSeries.Series::points)
                .orElse(List.of());
        series = points.stream()
                .map(point -> new SeriesLine(
                        point.version(),
                        point.cycleName(),
                        format.score(point.overall()),
                        point.codebook(),
                        point.codebookChanged()))
                .toList();
        seriesChart = LineChart.svg(
                "series-chart",
                language.format("region.seriesChartTitle", profile.region().name()),
                points.stream()
                        .map(point -> new LineChart.Point(
                                point.version(),
                                point.overall(),
                                format.score(point.overall()),
                                point.codebookChanged()))
                        .toList(),
                language.text("region.seriesMarker"));
    }

    private String radar(
            ReleaseContent.Axis axis, List<Views.CategoryScore> scores, CategoryMeans all, ScoreFormat format) {
        List<RadarChart.Reference> references = new ArrayList<>();
        references.add(new RadarChart.Reference(
                language.text("region.mean"),
                scores.stream()
                        .map(s -> all.of(s.axis(), s.category()).orElse(null))
                        .toList()));
        if (other != null) {
            references.add(new RadarChart.Reference(
                    other.region().name(), scores.stream().map(this::otherScore).toList()));
        }
        return RadarChart.svg(
                "radar-" + axis.code(),
                language.message("region.radarTitle", profile.region().name(), axis.label()),
                scores.stream()
                        .map(s -> new RadarChart.Point(s.label(), s.score(), format.score(s.score())))
                        .toList(),
                references);
    }

    /** The score of the region read against, in the category of {@code score}. */
    private BigDecimal otherScore(Views.CategoryScore score) {
        return other.scores().stream()
                .filter(s -> s.axis().equals(score.axis()) && s.category().equals(score.category()))
                .map(Views.CategoryScore::score)
                .findFirst()
                .orElse(null);
    }

    /** The region the radars and tables are read against (the address's {@code with}), or null. */
    public ReleaseContent.Region getOther() {
        return other == null ? null : other.region();
    }

    /** The code of {@link #getOther()}, or "" (the chooser's value). */
    public String getWith() {
        return other == null ? "" : other.region().code();
    }

    /** The embed address's query for the radar of an axis, read against the same region as this page. */
    public String radarQuery(String axis) {
        return "region=" + profile.region().code() + "&show=radar&axis=" + axis
                + (other == null ? "" : "&with=" + other.region().code());
    }

    /** The axis an embedded radar shows: the address's {@code axis}, or the first one with a radar. */
    public AxisScores getEmbeddedAxis() {
        String asked = Explorer.parameter("axis");
        return axes.stream()
                .filter(a -> a.radar() != null && (asked == null || a.code().equals(asked)))
                .findFirst()
                .orElse(null);
    }

    /** The release's other regions, by name, to choose one to read against. */
    public List<ReleaseContent.Region> getOthers() {
        return content.regions().stream()
                .filter(r -> !r.code().equals(profile.region().code()))
                .sorted(Comparator.comparing(ReleaseContent.Region::name))
                .toList();
    }

    private Set<String> regionsWhere(Predicate<ReleaseContent.Region> which) {
        return content.regions().stream()
                .filter(which)
                .map(ReleaseContent.Region::code)
                .collect(Collectors.toSet());
    }

    /** The series as a line chart (SVG). */
    public String getSeriesChart() {
        return seriesChart;
    }

    public RegionMaps.MapView getMap() {
        return map;
    }

    /** The region's overall score in each cycle that published it, oldest first. */
    public List<SeriesLine> getSeries() {
        return series;
    }

    public Views.RegionProfile getProfile() {
        return profile;
    }

    public List<AxisScores> getAxes() {
        return axes;
    }

    public String getOverall() {
        return explorer.format().score(profile.overall());
    }

    public String getOverallShade() {
        return ScoreFormat.shade(profile.overall());
    }

    public String getPreviousOverall() {
        return explorer.format().score(profile.previousOverall());
    }

    public String getOverallChange() {
        return explorer.format().change(profile.previousOverall(), profile.overall());
    }

    public boolean isComparable() {
        return profile.previousVersion() != null;
    }

    /** Bars for an axis too small for a radar. */
    public String width(Views.CategoryScore score) {
        return ScoreFormat.percent(score.score());
    }

    public String score(Integer score) {
        return score == null ? "" : score.toString();
    }
}
