package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regindex.publication.control.LineChart;

class LineChartTest {

    @Test
    void eachScoredReleaseIsAPointOnALineThatBreaksWhereAScoreIsMissing() {
        String svg = LineChart.svg(
                "s",
                "Catalonia & co",
                List.of(
                        new LineChart.Point("1.1", new BigDecimal("50.00"), "50.0", false),
                        new LineChart.Point("2.0", null, "–", false),
                        new LineChart.Point("3.0", new BigDecimal("100.00"), "100.0", true),
                        new LineChart.Point("4.0", new BigDecimal("0.00"), "0.0", false)),
                "new codebook");
        assertTrue(svg.contains("<title id=\"s-title\">Catalonia &amp; co</title>"), svg);
        assertEquals(3, Pattern.compile("<circle ").matcher(svg).results().count());
        // 0 sits on the bottom line (y 200), 100 on the top (y 20), 50 between; the gap starts a new segment.
        assertTrue(svg.contains("d=\"M60.0 110.0 M420.0 20.0L600.0 200.0\""), svg);
        assertEquals(
                1,
                Pattern.compile("class=\"line-marker\"").matcher(svg).results().count());
        assertTrue(svg.contains(">new codebook</text>"));
        assertTrue(svg.contains("<title>3.0: 100.0</title>"));
    }
}
