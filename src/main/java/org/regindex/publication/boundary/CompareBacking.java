package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regindex.publication.control.Bars;
import org.regindex.publication.control.CompareTable;
import org.regindex.publication.control.RegionMap;
import org.regindex.publication.control.ScoreFormat;
import org.regindex.publication.control.Views;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;

/**
 * Regions compared on one axis: a table of every region's category and overall scores, filtered by
 * country and sorted by any column, and a bar chart of one of its columns. Everything is in the address:
 * {@code compare.xhtml?release=1.0&axis=policy_area&country=ES&sort=LAB&dir=desc&chart=LAB}.
 */
@Named
@RequestScoped
public class CompareBacking extends ReleasePage {

    @Inject
    RegionMaps maps;

    private RegionMaps.MapView map;
    private RegionMaps.MapView changeMap;

    private String axis;
    private String country;
    private String chart;
    private CompareTable.Table table;
    private List<Bars.Bar> bars;
    private Release since;
    private boolean sinceComparable;
    private Map<String, String> changes = Map.of();

    @Override
    protected void prepare() {
        String askedAxis = Explorer.parameter("axis");
        axis = askedAxis != null
                        && content.axes().stream().anyMatch(a -> a.code().equals(askedAxis))
                ? askedAxis
                : CompareTable.OVERALL;
        country = Explorer.parameter("country");
        Views.ScoreTable scores = Views.scores(content, release.digest(), axis);
        table = CompareTable.of(
                scores,
                country,
                Explorer.parameter("sort"),
                "desc".equals(Explorer.parameter("dir")),
                explorer.format());
        if (country != null && !table.countries().contains(country)) {
            country = null;
            table = CompareTable.of(scores, null, table.sort(), table.descending(), explorer.format());
        }
        String askedChart = Explorer.parameter("chart");
        chart = table.columns().stream().anyMatch(c -> c.key().equals(askedChart)) ? askedChart : CompareTable.OVERALL;
        bars = CompareTable.bars(table, chart);
        compareWithEarlier(Explorer.parameter("since"));
        map = maps.draw(
                "compare-map", language.format("compare.mapTitle", getChartLabel()), bars, null, explorerFolder());
    }

    public RegionMaps.MapView getMap() {
        return map;
    }

    /** The map of the overall score's change since {@link #getSince()}, or null when the address names none. */
    public RegionMaps.MapView getChangeMap() {
        return changeMap;
    }

    /** The change of each region's overall score since an earlier published release, when the address names one. */
    private void compareWithEarlier(String version) {
        since = version == null || version.equals(release.version())
                ? null
                : explorer.published().stream()
                        .filter(r -> r.version().equals(version))
                        .findFirst()
                        .orElse(null);
        if (since == null) {
            return;
        }
        ReleaseContent earlier = explorer.content(since);
        sinceComparable =
                earlier.header().codebookCode().equals(content.header().codebookCode())
                        && earlier.header().codebookVersion()
                                == content.header().codebookVersion();
        Map<String, BigDecimal> before = new HashMap<>();
        Views.scores(earlier, since.digest(), CompareTable.OVERALL)
                .regions()
                .forEach(r -> before.put(r.region(), r.overall()));
        changes = new HashMap<>();
        List<RegionMap.Area> areas = new ArrayList<>();
        for (CompareTable.Row row : table.rows()) {
            BigDecimal was = before.get(row.region());
            BigDecimal is = row.overall().value();
            String change = explorer.format().change(was, is);
            changes.put(row.region(), change);
            areas.add(new RegionMap.Area(
                    row.region(),
                    row.name(),
                    change.isEmpty() ? language.text("map.noScore") : change,
                    ScoreFormat.changeShade(was, is),
                    explorerFolder() + row.link()));
        }
        changeMap = maps.draw("change-map", language.format("compare.changeMapTitle", since.version()), areas, null);
    }

    /** The earlier release the table compares with, or null. */
    public String getSince() {
        return since == null ? null : since.version();
    }

    /** True when the earlier release has the same codebook, so that its scores compare directly. */
    public boolean isSinceComparable() {
        return sinceComparable;
    }

    /** The region's change of overall score since {@link #getSince()} ("" when either has none). */
    public String change(String region) {
        return changes.getOrDefault(region, "");
    }

    /** The published releases other than this one, that the table may compare with. */
    public List<Release> getEarlier() {
        return explorer.published().stream()
                .filter(r -> !r.version().equals(getVersion()))
                .toList();
    }

    public List<Release> getReleases() {
        return explorer.published();
    }

    public List<ReleaseContent.Axis> getAxes() {
        return content == null ? List.of() : content.axes();
    }

    public CompareTable.Table getTable() {
        return table;
    }

    public List<Bars.Bar> getBars() {
        return bars;
    }

    public String getChartLabel() {
        return CompareTable.label(table, chart, language.text("score.overall"));
    }

    public String getAxisLabel() {
        return content.axes().stream()
                .filter(a -> a.code().equals(axis))
                .map(ReleaseContent.Axis::label)
                .findFirst()
                .orElse(language.text("score.overall"));
    }

    /** The address of this view sorted by a column: descending for scores first, ascending for names, flipped when it is the current one. */
    public String sortLink(String key) {
        boolean names = CompareTable.REGION.equals(key) || CompareTable.RANK.equals(key);
        boolean descending = key.equals(table.sort()) ? !table.descending() : !names;
        return "compare.xhtml?release=" + encode(getVersion()) + "&axis=" + encode(axis)
                + (country == null ? "" : "&country=" + encode(country)) + "&sort=" + encode(key)
                + (descending ? "&dir=desc" : "") + "&chart=" + encode(chart)
                + (since == null ? "" : "&since=" + encode(since.version()));
    }

    /** "ascending", "descending" or "none", for aria-sort. */
    public String sortState(String key) {
        return !key.equals(table.sort()) ? "none" : table.descending() ? "descending" : "ascending";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String getAxis() {
        return axis;
    }

    public String getCountry() {
        return country;
    }

    public String getChart() {
        return chart;
    }

    public String getSort() {
        return table.sort();
    }

    public boolean isDescending() {
        return table.descending();
    }
}
