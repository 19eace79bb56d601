package org.regindex.codebook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A region's outline for the maps: a simplified GeoJSON geometry in longitude and latitude, with the notice its
 * source asks for. An import replaces the boundary of every region it names.
 */
@Entity
@Table(name = "region_boundary")
public class RegionBoundary {

    public static final int ATTRIBUTION_MAX = 300;

    @Id
    @Column(name = "region_code", length = 10)
    private String regionCode;

    @Lob
    @Column(nullable = false)
    private String geometry;

    @Column(nullable = false)
    private int points;

    @Column(nullable = false, length = ATTRIBUTION_MAX)
    private String attribution;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected RegionBoundary() {}

    public RegionBoundary(String regionCode, String geometry, int points, String attribution, Instant importedAt) {
        this.regionCode = regionCode;
        replace(geometry, points, attribution, importedAt);
    }

    /** Another outline for the same region. */
    public final void replace(String geometry, int points, String attribution, Instant importedAt) {
        this.geometry = geometry;
        this.points = points;
        this.attribution = attribution;
        this.importedAt = importedAt;
    }

    public String regionCode() {
        return regionCode;
    }

    /** The GeoJSON geometry object, as text. */
    public String geometry() {
        return geometry;
    }

    public int points() {
        return points;
    }

    public String attribution() {
        return attribution;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
