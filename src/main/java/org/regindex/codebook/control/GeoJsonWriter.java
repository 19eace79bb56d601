package org.regindex.codebook.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** A Polygon or MultiPolygon as a compact GeoJSON geometry, coordinates to 4 decimals. */
final class GeoJsonWriter {

    private GeoJsonWriter() {}

    static String write(Geometry geometry) {
        StringBuilder json = new StringBuilder(geometry.getNumPoints() * 18 + 40);
        if (geometry instanceof Polygon polygon) {
            json.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(polygon, json);
        } else {
            json.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                polygon((Polygon) geometry.getGeometryN(i), json);
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    private static void polygon(Polygon polygon, StringBuilder json) {
        json.append('[');
        ring(polygon.getExteriorRing(), json);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            json.append(',');
            ring(polygon.getInteriorRingN(i), json);
        }
        json.append(']');
    }

    private static void ring(LineString ring, StringBuilder json) {
        json.append('[');
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('[')
                    .append(number(coordinates[i].x))
                    .append(',')
                    .append(number(coordinates[i].y))
                    .append(']');
        }
        json.append(']');
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
