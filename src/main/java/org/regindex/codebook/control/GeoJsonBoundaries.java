package org.regindex.codebook.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;

/**
 * Region boundaries from a GeoJSON FeatureCollection: one feature per region, keyed by its code in the property
 * {@code code} (or the feature's {@code id}), with a Polygon or MultiPolygon in longitude and latitude. Each
 * outline is repaired if it crosses itself and simplified, so that a map of a few hundred regions stays small.
 * Everything wrong is reported at once, per feature (the problem's row is the feature's number, from 1), and
 * nothing is returned unless every feature is right.
 */
public final class GeoJsonBoundaries {

    /** Douglas–Peucker tolerance in degrees (about 1 km): finer than a region map on a screen can show. */
    public static final double TOLERANCE = 0.01;

    private static final int MAX_PROBLEMS = 50;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** A region's simplified outline. */
    public record Outline(String code, Geometry geometry) {

        public int points() {
            return geometry.getNumPoints();
        }

        /** The outline as a GeoJSON geometry, coordinates to 4 decimals (about 10 m). */
        public String json() {
            return GeoJsonWriter.write(geometry);
        }
    }

    private GeoJsonBoundaries() {}

    /** Reads, checks against {@code knownCodes}, repairs and simplifies; throws {@link InvalidImport} otherwise. */
    public static List<Outline> read(String fileName, byte[] file, Set<String> knownCodes) {
        JsonObject collection = collection(fileName, file);
        if (!"FeatureCollection".equals(text(collection, "type"))
                || !(collection.get("features") instanceof JsonArray list)) {
            throw new InvalidImport(
                    ImportProblem.ofFile(
                            fileName,
                            "The file must be a GeoJSON FeatureCollection: an object with \"type\": \"FeatureCollection\" and a \"features\" array."));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<Outline> outlines = new ArrayList<>();
        Map<String, Integer> featureOfCode = new HashMap<>();
        if (list.isEmpty()) {
            problems.add(ImportProblem.ofFile(fileName, "The collection has no features."));
        }
        for (int i = 0; i < list.size() && problems.size() < MAX_PROBLEMS; i++) {
            int number = i + 1;
            try {
                Outline outline = feature(list.get(i), knownCodes);
                Integer earlier = featureOfCode.putIfAbsent(outline.code(), number);
                if (earlier != null) {
                    throw new IllegalArgumentException(
                            "Region " + outline.code() + " has a boundary twice (also feature " + earlier + ").");
                }
                outlines.add(outline);
            } catch (IllegalArgumentException broken) {
                problems.add(new ImportProblem(fileName, number, "", "Feature " + number + ": " + broken.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidImport(problems);
        }
        return outlines;
    }

    /** A stored outline back as a geometry. */
    public static Geometry geometry(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return shape(reader.readObject());
        }
    }

    private static JsonObject collection(String fileName, byte[] file) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(file))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonParsingException broken) {
            throw new InvalidImport(ImportProblem.ofFile(
                    fileName,
                    "The file is not valid JSON (line " + broken.getLocation().getLineNumber() + ", column "
                            + broken.getLocation().getColumnNumber() + ")."));
        } catch (JsonException broken) {
            throw new InvalidImport(ImportProblem.ofFile(fileName, "The file is not valid JSON."));
        }
        throw new InvalidImport(ImportProblem.ofFile(fileName, "The file must hold a JSON object."));
    }

    private static Outline feature(JsonValue value, Set<String> knownCodes) {
        if (!(value instanceof JsonObject feature) || !"Feature".equals(text(feature, "type"))) {
            throw new IllegalArgumentException("not a GeoJSON Feature.");
        }
        String code = code(feature);
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("no region code: give it in the property \"code\".");
        }
        if (!knownCodes.contains(code)) {
            throw new IllegalArgumentException("there is no region " + code + "; add the region first.");
        }
        if (!(feature.get("geometry") instanceof JsonObject geometry)) {
            throw new IllegalArgumentException(code + " has no geometry.");
        }
        try {
            Geometry shape = GeometryFixer.fix(shape(geometry));
            Geometry simple = TopologyPreservingSimplifier.simplify(shape, TOLERANCE);
            if (simple.isEmpty() || !(simple instanceof Polygon || simple instanceof MultiPolygon)) {
                throw new IllegalArgumentException("the outline has no area.");
            }
            return new Outline(code, simple);
        } catch (IllegalArgumentException broken) {
            throw new IllegalArgumentException(code + ": " + broken.getMessage(), broken);
        }
    }

    private static String code(JsonObject feature) {
        if (feature.get("properties") instanceof JsonObject properties
                && properties.get("code") instanceof jakarta.json.JsonString code) {
            return code.getString().strip();
        }
        return feature.get("id") instanceof jakarta.json.JsonString id
                ? id.getString().strip()
                : null;
    }

    private static Geometry shape(JsonObject geometry) {
        String type = text(geometry, "type");
        JsonValue coordinates = geometry.get("coordinates");
        if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
            throw new IllegalArgumentException("a " + (type == null ? "geometry without a type" : type)
                    + " is not a region: only Polygon and MultiPolygon are.");
        }
        if (!(coordinates instanceof JsonArray array) || array.isEmpty()) {
            throw new IllegalArgumentException("the " + type + " has no coordinates.");
        }
        if ("Polygon".equals(type)) {
            return polygon(array);
        }
        Polygon[] polygons = new Polygon[array.size()];
        for (int i = 0; i < array.size(); i++) {
            polygons[i] = polygon(array(array.get(i)));
        }
        return FACTORY.createMultiPolygon(polygons);
    }

    private static Polygon polygon(JsonArray rings) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon has no rings.");
        }
        LinearRing shell = ring(array(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(array(rings.get(i)));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonArray positions) {
        if (positions.size() < 4) {
            throw new IllegalArgumentException("a ring needs at least four positions, the last equal to the first.");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            coordinates[i] = position(array(positions.get(i)));
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("a ring is not closed: its last position must equal its first.");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static Coordinate position(JsonArray position) {
        if (position.size() < 2
                || !(position.get(0) instanceof JsonNumber lon)
                || !(position.get(1) instanceof JsonNumber lat)) {
            throw new IllegalArgumentException("a position must be [longitude, latitude] in numbers.");
        }
        double x = lon.doubleValue();
        double y = lat.doubleValue();
        if (x < -180 || x > 180 || y < -90 || y > 90) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "the position [%s, %s] is not a longitude and latitude in degrees (WGS 84).",
                    lon,
                    lat));
        }
        return new Coordinate(x, y);
    }

    private static JsonArray array(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array;
        }
        throw new IllegalArgumentException("the coordinates are not nested arrays as GeoJSON has them.");
    }

    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof jakarta.json.JsonString value ? value.getString() : null;
    }
}
