package org.regindex.publication.control;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Region outlines in longitude and latitude as SVG paths in Europe's equal-area projection (Lambert azimuthal
 * equal-area centred on 52° N 10° E, as EPSG:3035, on a sphere), one unit a kilometre, north up. Every shape
 * shares one coordinate space, so a map is the shapes it shows and a view box around them. The path is
 * absolute at each ring's start and relative after it, in whole kilometres computed from rounded absolute
 * positions, so that rounding never drifts along a ring.
 */
public final class MapProjection {

    private static final double EARTH_KM = 6371.0;
    private static final double LAT0 = Math.toRadians(52);
    private static final double LON0 = Math.toRadians(10);

    /** A projected outline: its SVG path and its bounding box in kilometres (y grows southward). */
    public record Shape(String code, String path, long minX, long minY, long maxX, long maxY) {}

    private MapProjection() {}

    public static Shape shape(String code, Geometry lonLat) {
        StringBuilder path = new StringBuilder(lonLat.getNumPoints() * 7);
        long[] box = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) lonLat.getGeometryN(i);
            ring(polygon.getExteriorRing(), path, box);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                ring(polygon.getInteriorRingN(h), path, box);
            }
        }
        return new Shape(code, path.toString(), box[0], box[1], box[2], box[3]);
    }

    /** The projected position of a longitude and latitude, in kilometres: {x, y} with y southward. */
    static long[] project(double lon, double lat) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon) - LON0;
        double k =
                Math.sqrt(2 / (1 + Math.sin(LAT0) * Math.sin(phi) + Math.cos(LAT0) * Math.cos(phi) * Math.cos(lambda)));
        double x = EARTH_KM * k * Math.cos(phi) * Math.sin(lambda);
        double y = EARTH_KM * k * (Math.cos(LAT0) * Math.sin(phi) - Math.sin(LAT0) * Math.cos(phi) * Math.cos(lambda));
        return new long[] {Math.round(x), Math.round(-y)};
    }

    private static void ring(LineString ring, StringBuilder path, long[] box) {
        Coordinate[] coordinates = ring.getCoordinates();
        long[] last = null;
        int drawn = 0;
        for (int i = 0; i < coordinates.length - 1; i++) {
            long[] at = project(coordinates[i].x, coordinates[i].y);
            box[0] = Math.min(box[0], at[0]);
            box[1] = Math.min(box[1], at[1]);
            box[2] = Math.max(box[2], at[0]);
            box[3] = Math.max(box[3], at[1]);
            if (last == null) {
                path.append('M').append(at[0]).append(' ').append(at[1]);
            } else if (at[0] != last[0] || at[1] != last[1]) {
                path.append(drawn == 1 ? "l" : " ")
                        .append(at[0] - last[0])
                        .append(' ')
                        .append(at[1] - last[1]);
            } else {
                continue;
            }
            last = at;
            drawn++;
        }
        path.append('z');
    }
}
