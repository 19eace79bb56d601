package org.regindex.publication.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A score over time as self-contained SVG: one point per release on a 0–100 scale, joined by a line that breaks
 * where a score is missing, each point labelled with its release and value, and a dashed marker before a point
 * whose codebook changed (scores on either side are not directly comparable). Labelled for assistive technology;
 * the page's table beside it holds the same numbers.
 */
public final class LineChart {

    /** One release's point; {@code value} null when the region had no score. */
    public record Point(String label, BigDecimal value, String text, boolean codebookChanged) {}

    private static final double LEFT = 40;
    private static final double RIGHT = 620;
    private static final double TOP = 20;
    private static final double BOTTOM = 200;

    private LineChart() {}

    /** {@code markerText} names the dashed marker of a codebook change. */
    public static String svg(String id, String title, List<Point> points, String markerText) {
        StringBuilder svg = new StringBuilder(2048);
        SvgMarkup.open(svg, "line-chart", "0 0 640 240", "img", id, title);
        for (int tick = 0; tick <= 100; tick += 25) {
            double y = y(BigDecimal.valueOf(tick));
            svg.append("<line class=\"line-grid\" x1=\"")
                    .append(f(LEFT))
                    .append("\" x2=\"")
                    .append(f(RIGHT))
                    .append("\" y1=\"")
                    .append(f(y))
                    .append("\" y2=\"")
                    .append(f(y))
                    .append("\"/><text class=\"line-axis\" x=\"")
                    .append(f(LEFT - 6))
                    .append("\" y=\"")
                    .append(f(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(tick)
                    .append("</text>");
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double x = x(i, points.size());
            if (point.codebookChanged() && i > 0) {
                double between = (x + x(i - 1, points.size())) / 2;
                svg.append("<line class=\"line-marker\" x1=\"")
                        .append(f(between))
                        .append("\" x2=\"")
                        .append(f(between))
                        .append("\" y1=\"")
                        .append(f(TOP))
                        .append("\" y2=\"")
                        .append(f(BOTTOM))
                        .append("\"/><text class=\"line-axis\" x=\"")
                        .append(f(between + 4))
                        .append("\" y=\"")
                        .append(f(TOP + 10))
                        .append("\">")
                        .append(SvgMarkup.escape(markerText))
                        .append("</text>");
            }
            if (point.value() == null) {
                line.append(' ');
            } else {
                line.append(line.isEmpty() || line.charAt(line.length() - 1) == ' ' ? 'M' : 'L')
                        .append(f(x))
                        .append(' ')
                        .append(f(y(point.value())));
            }
        }
        svg.append("<path class=\"line-series\" d=\"")
                .append(line.toString().strip())
                .append("\"/>");
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double x = x(i, points.size());
            if (point.value() != null) {
                svg.append("<circle class=\"line-dot\" cx=\"")
                        .append(f(x))
                        .append("\" cy=\"")
                        .append(f(y(point.value())))
                        .append("\" r=\"4\"><title>")
                        .append(SvgMarkup.escape(point.label() + ": " + point.text()))
                        .append("</title></circle><text class=\"line-value\" x=\"")
                        .append(f(x))
                        .append("\" y=\"")
                        .append(f(y(point.value()) - 9))
                        .append("\" text-anchor=\"middle\">")
                        .append(SvgMarkup.escape(point.text()))
                        .append("</text>");
            }
            svg.append("<text class=\"line-axis\" x=\"")
                    .append(f(x))
                    .append("\" y=\"")
                    .append(f(BOTTOM + 20))
                    .append("\" text-anchor=\"middle\">")
                    .append(SvgMarkup.escape(point.label()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static double x(int i, int n) {
        return n == 1 ? (LEFT + RIGHT) / 2 : LEFT + 20 + i * (RIGHT - LEFT - 40) / (n - 1);
    }

    private static double y(BigDecimal value) {
        double clamped = Math.max(0, Math.min(100, value.doubleValue()));
        return BOTTOM - clamped / 100 * (BOTTOM - TOP);
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
