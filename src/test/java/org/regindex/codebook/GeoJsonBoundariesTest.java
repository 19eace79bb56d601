package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.regindex.codebook.control.GeoJsonBoundaries;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;

class GeoJsonBoundariesTest {

    private static final Set<String> KNOWN = Set.of("ES51", "ES30", "ITF3");
    private static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[1,41],[3,41],[3,42.5],[1,42.5],[1,41]]]}";

    private static String feature(String code, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":" + geometry + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static List<GeoJsonBoundaries.Outline> read(String json) {
        return GeoJsonBoundaries.read("b.geojson", json.getBytes(StandardCharsets.UTF_8), KNOWN);
    }

    private static List<ImportProblem> refused(String json) {
        return assertThrows(InvalidImport.class, () -> read(json)).problems();
    }

    /** The demo ships an outline for each of its regions, each at its own NUTS level, and reads as any import. */
    @Test
    void theDemoBoundariesCoverEveryDemoRegion() throws java.io.IOException {
        try (java.io.InputStream regions = getClass().getResourceAsStream("/demo/regions.csv");
                java.io.InputStream boundaries = getClass().getResourceAsStream("/demo/boundaries.geojson")) {
            List<String> codes = new String(regions.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .map(line -> line.substring(0, line.indexOf(',')))
                    .toList();
            List<GeoJsonBoundaries.Outline> outlines =
                    GeoJsonBoundaries.read("boundaries.geojson", boundaries.readAllBytes(), Set.copyOf(codes));
            assertEquals(
                    Set.copyOf(codes),
                    Set.copyOf(outlines.stream()
                            .map(GeoJsonBoundaries.Outline::code)
                            .toList()));
            assertEquals(25, outlines.size());
            outlines.forEach(o -> assertTrue(o.geometry().isValid(), o.code()));
        }
    }

    @Test
    void polygonsAndMultiPolygonsOfKnownRegionsAreRead() {
        String twoIslands =
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[14,40.5],[14.5,40.5],[14.5,41],[14,41],[14,40.5]]],"
                        + "[[[13.8,40.6],[13.9,40.6],[13.9,40.7],[13.8,40.7],[13.8,40.6]]]]}";
        List<GeoJsonBoundaries.Outline> outlines =
                read(collection(feature("ES51", SQUARE), feature("ITF3", twoIslands)));
        assertEquals(
                List.of("ES51", "ITF3"),
                outlines.stream().map(GeoJsonBoundaries.Outline::code).toList());
        assertEquals(5, outlines.get(0).points());
        assertEquals(2, outlines.get(1).geometry().getNumGeometries());
        Geometry back = GeoJsonBoundaries.geometry(outlines.get(0).json());
        assertEquals(3.0, back.getArea(), 1e-9);
    }

    @Test
    void outlinesAreSimplifiedWithinTheTolerance() {
        StringBuilder ring = new StringBuilder("[[1,41]");
        for (int i = 1; i < 1000; i++) {
            ring.append(",[")
                    .append(1 + i * 0.002)
                    .append(",")
                    .append(41 + (i % 2) * 0.001)
                    .append("]");
        }
        ring.append(",[3,41],[3,42],[1,42],[1,41]]");
        List<GeoJsonBoundaries.Outline> outlines =
                read(collection(feature("ES51", "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}")));
        assertTrue(
                outlines.get(0).points() < 10,
                "points after simplifying: " + outlines.get(0).points());
    }

    @Test
    void aRingThatCrossesItselfIsRepaired() {
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[0,40],[2,42],[2,40],[0,42],[0,40]]]}";
        Geometry repaired = read(collection(feature("ES51", bowTie))).get(0).geometry();
        assertTrue(repaired.isValid());
        assertEquals(2.0, repaired.getArea(), 1e-9);
    }

    @Test
    void everyBrokenFeatureIsReportedWithItsNumberAndNothingIsReturned() {
        List<ImportProblem> problems = refused(collection(
                feature("ES51", SQUARE),
                feature("ES30", "{\"type\":\"Point\",\"coordinates\":[3,40]}"),
                feature("XX99", SQUARE),
                feature("ES51", SQUARE),
                feature("ITF3", "{\"type\":\"Polygon\",\"coordinates\":[[[1,41],[3,41],[3,42],[1,42]]]}"),
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + SQUARE + "}",
                feature("ITF3", "{\"type\":\"Polygon\",\"coordinates\":[[[200,41],[3,41],[3,42],[200,41]]]}")));
        assertEquals(
                List.of(2, 3, 4, 5, 6, 7),
                problems.stream().map(ImportProblem::row).toList());
        assertTrue(
                problems.get(0).message().contains("Point is not a region"),
                problems.get(0).message());
        assertTrue(
                problems.get(1).message().contains("there is no region XX99"),
                problems.get(1).message());
        assertTrue(
                problems.get(2).message().contains("also feature 1"),
                problems.get(2).message());
        assertTrue(
                problems.get(3).message().contains("not closed"),
                problems.get(3).message());
        assertTrue(
                problems.get(4).message().contains("no region code"),
                problems.get(4).message());
        assertTrue(
                problems.get(5).message().contains("longitude and latitude"),
                problems.get(5).message());
    }

    @Test
    void whatIsNotAFeatureCollectionIsRefusedAsAWhole() {
        assertTrue(refused("{\"type\":\"Feature\"").get(0).message().contains("not valid JSON"));
        assertTrue(refused("[1,2]").get(0).message().contains("JSON object"));
        assertTrue(refused("{\"type\":\"Feature\",\"geometry\":" + SQUARE + "}")
                .get(0)
                .message()
                .contains("FeatureCollection"));
        assertTrue(refused(collection()).get(0).message().contains("no features"));
    }
}
