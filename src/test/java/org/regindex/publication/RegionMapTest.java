package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.control.GeoJsonBoundaries;
import org.regindex.publication.control.MapProjection;
import org.regindex.publication.control.RegionMap;

class RegionMapTest {

    private static Map<String, MapProjection.Shape> shapes(List<GeoJsonBoundaries.Outline> outlines) {
        Map<String, MapProjection.Shape> shapes = new LinkedHashMap<>();
        outlines.forEach(o -> shapes.put(o.code(), MapProjection.shape(o.code(), o.geometry())));
        return shapes;
    }

    private static List<GeoJsonBoundaries.Outline> nuts2() throws IOException {
        try (InputStream in = RegionMapTest.class.getResourceAsStream("/geo/nuts2-2024-60m.geojson")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"NUTS_ID\"", "\"code\"");
            Set<String> codes = Pattern.compile("\"code\": ?\"([A-Z0-9]+)\"")
                    .matcher(json)
                    .results()
                    .map(m -> m.group(1))
                    .collect(Collectors.toSet());
            return GeoJsonBoundaries.read("nuts2.geojson", json.getBytes(StandardCharsets.UTF_8), codes);
        }
    }

    @Test
    void theProjectionIsEquidistantFromItsCentreAndNorthIsUp() {
        MapProjection.Shape square = MapProjection.shape(
                "X",
                GeoJsonBoundaries.geometry(
                        "{\"type\":\"Polygon\",\"coordinates\":[[[9,51],[11,51],[11,53],[9,53],[9,51]]]}"));
        assertTrue(square.path().startsWith("M"), square.path());
        assertTrue(square.path().endsWith("z"));
        // 2 degrees of latitude are about 222 km; north has the smaller y.
        assertEquals(222, square.maxY() - square.minY(), 3);
        assertTrue(Math.abs(square.minX() + square.maxX()) <= 2, "centred on 10° E: " + square);
    }

    @Test
    void everyRegionWithAShapeIsALinkNamedWithItsScoreInItsShade() {
        Map<String, MapProjection.Shape> shapes = shapes(GeoJsonBoundaries.read(
                "b.geojson",
                ("{\"type\":\"FeatureCollection\",\"features\":["
                                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"A1\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,41],[3,41],[3,42],[1,42],[1,41]]]}},"
                                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"B2\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[3,41],[5,41],[5,42],[3,42],[3,41]]]}}]}")
                        .getBytes(StandardCharsets.UTF_8),
                Set.of("A1", "B2")));
        RegionMap.Drawn drawn = RegionMap.svg(
                "m",
                "Map <of> regions",
                List.of(
                        new RegionMap.Area("B2", "Bee", "71.00", "shade-3", "region.xhtml?region=B2"),
                        new RegionMap.Area("A1", "Ay & Co", "12.50", "shade-0", "region.xhtml?region=A1"),
                        new RegionMap.Area("C3", "Sea", "50.00", "shade-2", "region.xhtml?region=C3")),
                shapes,
                "B2");
        assertEquals(List.of("Sea"), drawn.missing());
        String svg = drawn.svg();
        assertTrue(svg.contains("<title id=\"m-title\">Map &lt;of&gt; regions</title>"), svg);
        assertTrue(svg.contains("aria-label=\"Ay &amp; Co: 12.50\""), svg);
        assertTrue(svg.contains("class=\"map-region shade-0\" data-region=\"A1\""), svg);
        assertTrue(svg.contains("class=\"map-region shade-3 map-highlight\" data-region=\"B2\""), svg);
        assertTrue(svg.indexOf("data-region=\"A1\"") < svg.indexOf("data-region=\"B2\""), "the highlighted last");
        Matcher box =
                Pattern.compile("viewBox=\"(-?\\d+) (-?\\d+) (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find());
        MapProjection.Shape a = shapes.get("A1");
        assertTrue(Long.parseLong(box.group(1)) < a.minX());
        assertEquals(
                2,
                Pattern.compile("<a class=\"map-area\"").matcher(svg).results().count());
    }

    @Test
    void noShapeDrawsNothing() {
        RegionMap.Drawn drawn =
                RegionMap.svg("m", "t", List.of(new RegionMap.Area("A1", "Ay", "1", "shade-0", "x")), Map.of(), null);
        assertTrue(drawn.isEmpty());
        assertEquals(List.of("Ay"), drawn.missing());
    }

    /** The map of every NUTS 2 region (296 in NUTS 2024) stays small enough for a phone. */
    @Test
    void aMapOfEveryNuts2RegionStaysUnder300Kilobytes() throws IOException {
        List<GeoJsonBoundaries.Outline> outlines = nuts2();
        List<RegionMap.Area> areas = outlines.stream()
                .map(o -> new RegionMap.Area(
                        o.code(), o.code(), "55.55", "shade-2", "region.xhtml?release=1.0&region=" + o.code()))
                .toList();
        String svg = RegionMap.svg("m", "All", areas, shapes(outlines), null).svg();
        int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
        System.out.println("Map of " + outlines.size() + " NUTS 2 regions: " + bytes + " bytes of SVG");
        assertTrue(outlines.size() >= 240);
        assertTrue(bytes < 300 * 1024, bytes + " bytes");
    }

    @Test
    void theDemoMapIsSmall() throws IOException {
        try (InputStream in = RegionMapTest.class.getResourceAsStream("/demo/boundaries.geojson")) {
            byte[] file = in.readAllBytes();
            Set<String> codes = Pattern.compile("\"code\":\"([A-Z0-9]+)\"")
                    .matcher(new String(file, StandardCharsets.UTF_8))
                    .results()
                    .map(m -> m.group(1))
                    .collect(Collectors.toSet());
            List<GeoJsonBoundaries.Outline> outlines = GeoJsonBoundaries.read("demo", file, codes);
            String svg = RegionMap.svg(
                            "m",
                            "Demo",
                            outlines.stream()
                                    .map(o -> new RegionMap.Area(
                                            o.code(),
                                            o.code(),
                                            "55.55",
                                            "shade-2",
                                            "region.xhtml?release=1.0&region=" + o.code()))
                                    .toList(),
                            shapes(outlines),
                            null)
                    .svg();
            int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
            System.out.println("Map of the " + outlines.size() + " demo regions: " + bytes + " bytes of SVG");
            assertEquals(25, outlines.size());
            assertTrue(bytes < 30 * 1024, bytes + " bytes");
        }
    }
}
