package org.regindex.publication.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A radar (spider) chart of one region's category scores on an axis, as self-contained SVG markup: a
 * ring at every 25 points, one spoke per category, the region's scores as a filled polygon, and optionally a
 * reference (the mean of all regions) as a dashed outline named in a legend. Scores without a value sit at the
 * centre. A second reference (another region) is drawn as a dotted outline in its own colour. The markup is
 * labelled for assistive technology; the page's table beside it holds the same numbers.
 */
public final class RadarChart {

    public record Point(String label, BigDecimal value, String text) {}

    /** A series drawn as an outline, one value per point (null at the centre), named by {@code label}. */
    public record Reference(String label, List<BigDecimal> values) {}

    private static final double CX = 320;
    private static final double CY = 150;
    private static final double R = 100;

    private RadarChart() {}

    /** The classes of the references' outlines, in the order given: the mean, then a second region. */
    private static final List<String> REFERENCE_CLASSES = List.of("radar-reference", "radar-second");

    /** Needs at least three points; fewer make no polygon, so the page shows bars instead. */
    public static String svg(String id, String title, List<Point> points) {
        return svg(id, title, points, List.of());
    }

    /** With {@code reference} drawn under the region's polygon. */
    public static String svg(String id, String title, List<Point> points, Reference reference) {
        return svg(id, title, points, List.of(reference));
    }

    /** With up to two {@code references} drawn under the region's polygon, each named in the legend. */
    public static String svg(String id, String title, List<Point> points, List<Reference> references) {
        int n = points.size();
        if (n < 3) {
            throw new IllegalArgumentException("A radar needs three categories or more");
        }
        if (references.size() > REFERENCE_CLASSES.size()) {
            throw new IllegalArgumentException("A radar draws two references at most");
        }
        if (references.stream().anyMatch(r -> r.values().size() != n)) {
            throw new IllegalArgumentException("A reference needs one value per category");
        }
        StringBuilder svg = new StringBuilder(2048);
        SvgMarkup.open(svg, "radar", "0 0 640 300", "img", id, title);
        for (int ring = 1; ring <= 4; ring++) {
            double radius = ring * 25.0;
            svg.append("<polygon class=\"radar-ring\" points=\"")
                    .append(polygon(n, i -> radius))
                    .append("\"/>");
        }
        for (int i = 0; i < n; i++) {
            svg.append("<line class=\"radar-spoke\" x1=\"")
                    .append(f(CX))
                    .append("\" y1=\"")
                    .append(f(CY))
                    .append("\" x2=\"")
                    .append(f(x(i, n, 100)))
                    .append("\" y2=\"")
                    .append(f(y(i, n, 100)))
                    .append("\"/>");
        }
        for (int k = 0; k < references.size(); k++) {
            Reference reference = references.get(k);
            String css = REFERENCE_CLASSES.get(k);
            int legendY = 288 - 18 * (references.size() - 1 - k);
            svg.append("<polygon class=\"")
                    .append(css)
                    .append("\" points=\"")
                    .append(polygon(n, i -> clamped(reference.values().get(i))))
                    .append("\"/><line class=\"")
                    .append(css)
                    .append("\" x1=\"8\" y1=\"")
                    .append(legendY)
                    .append("\" x2=\"36\" y2=\"")
                    .append(legendY)
                    .append("\"/><text class=\"radar-label\" x=\"42\" y=\"")
                    .append(legendY + 4)
                    .append("\">")
                    .append(SvgMarkup.escape(reference.label()))
                    .append("</text>");
        }
        svg.append("<polygon class=\"radar-area\" points=\"")
                .append(polygon(n, i -> value(points.get(i))))
                .append("\"/>");
        for (int i = 0; i < n; i++) {
            Point point = points.get(i);
            double lx = x(i, n, 118);
            double ly = y(i, n, 118);
            String anchor = Math.abs(lx - CX) < 8 ? "middle" : lx > CX ? "start" : "end";
            svg.append("<circle class=\"radar-dot\" r=\"3\" cx=\"")
                    .append(f(x(i, n, value(point))))
                    .append("\" cy=\"")
                    .append(f(y(i, n, value(point))))
                    .append("\"/>");
            svg.append("<text class=\"radar-label\" x=\"")
                    .append(f(lx))
                    .append("\" y=\"")
                    .append(f(ly + 4))
                    .append("\" text-anchor=\"")
                    .append(anchor)
                    .append("\">")
                    .append(SvgMarkup.escape(point.label()))
                    .append(" (")
                    .append(SvgMarkup.escape(point.text()))
                    .append(")</text>");
        }
        return svg.append("</svg>").toString();
    }

    private interface Radius {
        double of(int i);
    }

    private static String polygon(int n, Radius radius) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            points.append(i == 0 ? "" : " ")
                    .append(f(x(i, n, radius.of(i))))
                    .append(',')
                    .append(f(y(i, n, radius.of(i))));
        }
        return points.toString();
    }

    private static double value(Point point) {
        return clamped(point.value());
    }

    private static double clamped(BigDecimal value) {
        return value == null ? 0 : Math.max(0, Math.min(100, value.doubleValue()));
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static double x(int i, int n, double score) {
        return CX + R * score / 100 * Math.cos(angle(i, n));
    }

    private static double y(int i, int n, double score) {
        return CY + R * score / 100 * Math.sin(angle(i, n));
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
