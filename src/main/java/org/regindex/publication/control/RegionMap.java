package org.regindex.publication.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A choropleth of a release's regions as self-contained SVG: each region with a boundary is a link to its page,
 * filled with the score's shade (the classes of the tables), named with its score for assistive technology and on
 * hover, and reachable with the keyboard. The view box frames the regions drawn, with a margin. Regions without a
 * boundary are left out of the drawing; the page lists them and the table beside the map holds every number.
 */
public final class RegionMap {

    /** A region on the map: its score's text (a dash when none) and shade, and where its link goes. */
    public record Area(String code, String label, String text, String shade, String link) {}

    /** The markup, and the regions of {@code areas} that had no shape to draw (by label). */
    public record Drawn(String svg, List<String> missing) {

        public String getSvg() {
            return svg;
        }

        public List<String> getMissing() {
            return missing;
        }

        public boolean isEmpty() {
            return svg.isEmpty();
        }
    }

    private static final double MARGIN = 0.03;

    private RegionMap() {}

    /** {@code highlighted} (may be null) is drawn last, outlined; no shape at all draws nothing. */
    public static Drawn svg(
            String id, String title, List<Area> areas, Map<String, MapProjection.Shape> shapes, String highlighted) {
        List<Area> drawn = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Area area : areas) {
            if (shapes.containsKey(area.code())) {
                drawn.add(area);
            } else {
                missing.add(area.label());
            }
        }
        if (drawn.isEmpty()) {
            return new Drawn("", missing);
        }
        drawn.sort(
                (a, b) -> Boolean.compare(a.code().equals(highlighted), b.code().equals(highlighted)));
        StringBuilder svg = new StringBuilder(64 * 1024);
        SvgMarkup.open(svg, "region-map", viewBox(drawn, shapes), "group", id, title);
        for (Area area : drawn) {
            String name = SvgMarkup.escape(area.label() + ": " + area.text());
            boolean focus = area.code().equals(highlighted);
            svg.append("<a class=\"map-area\" href=\"")
                    .append(SvgMarkup.escape(area.link()))
                    .append("\" aria-label=\"")
                    .append(name)
                    .append("\" data-value=\"")
                    .append(name)
                    .append("\"><path class=\"map-region ")
                    .append(area.shade())
                    .append(focus ? " map-highlight" : "")
                    .append("\" data-region=\"")
                    .append(area.code())
                    .append("\" d=\"")
                    .append(shapes.get(area.code()).path())
                    .append("\"><title>")
                    .append(name)
                    .append("</title></path></a>");
        }
        return new Drawn(svg.append("</svg>").toString(), missing);
    }

    private static String viewBox(List<Area> drawn, Map<String, MapProjection.Shape> shapes) {
        long minX = Long.MAX_VALUE;
        long minY = Long.MAX_VALUE;
        long maxX = Long.MIN_VALUE;
        long maxY = Long.MIN_VALUE;
        for (Area area : drawn) {
            MapProjection.Shape shape = shapes.get(area.code());
            minX = Math.min(minX, shape.minX());
            minY = Math.min(minY, shape.minY());
            maxX = Math.max(maxX, shape.maxX());
            maxY = Math.max(maxY, shape.maxY());
        }
        long margin = Math.max(5, Math.round(Math.max(maxX - minX, maxY - minY) * MARGIN));
        return (minX - margin) + " " + (minY - margin) + " " + (maxX - minX + 2 * margin) + " "
                + (maxY - minY + 2 * margin);
    }
}
