package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.regindex.publication.control.Bars;
import org.regindex.publication.control.CompareTable;
import org.regindex.publication.control.Views;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;

/** The public home: the newest published release at a glance, what the index measures, and every release. */
@Named
@RequestScoped
public class HomeBacking extends ReleasePage {

    @Inject
    Landing landing;

    @Inject
    RegionMaps maps;

    private RegionMaps.MapView map;

    private CompareTable.Table table;
    private List<Bars.Bar> bars;

    @Override
    protected String versionParameter() {
        return "no-such-parameter";
    }

    @Override
    protected void prepare() {
        table = CompareTable.of(
                Views.scores(content, release.digest(), CompareTable.OVERALL),
                null,
                CompareTable.RANK,
                false,
                explorer.format());
        bars = CompareTable.bars(table, CompareTable.OVERALL);
        map = maps.draw("home-map", language.text("home.mapTitle"), bars, null, "explore/");
    }

    public RegionMaps.MapView getMap() {
        return map;
    }

    /** The schema.org Dataset of the index and its published releases; none before the first is published. */
    public String getJsonLd() {
        return content == null ? null : landing.indexJsonLd(release, content);
    }

    public CompareTable.Table getTable() {
        return table;
    }

    public List<Bars.Bar> getBars() {
        return bars;
    }

    public List<ReleaseContent.Axis> getAxes() {
        return content == null ? List.of() : content.axes();
    }

    /** Every release anyone may see, newest first, withdrawn ones with their state. */
    public List<Release> getReleases() {
        return explorer.releases();
    }

    public String date(java.time.Instant instant) {
        return explorer.date(instant);
    }

    public String categories(ReleaseContent.Axis axis) {
        return String.join(
                ", ",
                axis.categories().stream().map(ReleaseContent.Category::label).toList());
    }
}
