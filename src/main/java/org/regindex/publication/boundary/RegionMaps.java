package org.regindex.publication.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regindex.codebook.control.Boundaries;
import org.regindex.codebook.control.GeoJsonBoundaries;
import org.regindex.codebook.entity.RegionBoundary;
import org.regindex.publication.control.Bars;
import org.regindex.publication.control.MapProjection;
import org.regindex.publication.control.RegionMap;
import org.regindex.publication.control.ScoreFormat;

/**
 * The public maps: the stored boundaries, projected once and kept until an import changes them (a cheap count
 * and newest-import query tells), drawn for the scores a page shows. Anyone may read them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionMaps {

    @Inject
    Boundaries boundaries;

    private volatile Projected projected = new Projected("", Map.of(), List.of());

    /** A map, and what to print under it: the notices the boundaries' sources ask for. */
    public record MapView(RegionMap.Drawn drawn, List<String> attributions) {

        public String getSvg() {
            return drawn.svg();
        }

        public List<String> getMissing() {
            return drawn.missing();
        }

        public String getMissingText() {
            return String.join(", ", drawn.missing());
        }

        public boolean isDrawn() {
            return !drawn.isEmpty();
        }

        public List<String> getAttributions() {
            return attributions;
        }
    }

    private record Projected(String stamp, Map<String, MapProjection.Shape> shapes, List<String> attributions) {}

    /**
     * The regions of {@code bars} coloured by their values, {@code highlighted} (or null) outlined; {@code folder}
     * is where the page is relative to the explorer's pages ("" or "explore/"), as the bars' links need it.
     */
    public MapView draw(String id, String title, List<Bars.Bar> bars, String highlighted, String folder) {
        return draw(
                id,
                title,
                bars.stream()
                        .map(bar -> new RegionMap.Area(
                                bar.code(),
                                bar.label(),
                                bar.text(),
                                ScoreFormat.shade(bar.value()),
                                folder + bar.link()))
                        .toList(),
                highlighted);
    }

    /** The regions of {@code areas} as they are named and shaded there. */
    public MapView draw(String id, String title, List<RegionMap.Area> areas, String highlighted) {
        Projected current = current();
        return new MapView(RegionMap.svg(id, title, areas, current.shapes(), highlighted), current.attributions());
    }

    private Projected current() {
        String stamp = boundaries.stamp();
        Projected known = projected;
        if (known.stamp().equals(stamp)) {
            return known;
        }
        Map<String, MapProjection.Shape> shapes = new LinkedHashMap<>();
        Set<String> attributions = new LinkedHashSet<>();
        for (RegionBoundary boundary : boundaries.all()) {
            shapes.put(
                    boundary.regionCode(),
                    MapProjection.shape(boundary.regionCode(), GeoJsonBoundaries.geometry(boundary.geometry())));
            attributions.add(boundary.attribution());
        }
        Projected fresh = new Projected(stamp, Map.copyOf(shapes), List.copyOf(attributions));
        projected = fresh;
        return fresh;
    }
}
