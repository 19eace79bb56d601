-- A region's outline for the public maps: a GeoJSON geometry (Polygon or MultiPolygon, WGS 84 longitude and
-- latitude), already simplified on import, with the notice its source asks to show under every map.
-- Boundaries are not part of any release: they describe where a region is, not what was measured there.
CREATE TABLE region_boundary (
    region_code VARCHAR(10)   NOT NULL PRIMARY KEY,
    geometry    LONGTEXT      NOT NULL,
    points      INT           NOT NULL,
    attribution VARCHAR(300)  NOT NULL,
    imported_at TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_region_boundary FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO constraint_sentence (constraint_name, table_name, violation, status, sentence) VALUES
('PRIMARY', 'region_boundary', 'DUPLICATE', 409, 'The region got two boundaries at once; nothing was stored.'),
('fk_region_boundary', 'region_boundary', 'MISSING_PARENT', 404, 'The region was deleted meanwhile; nothing was stored.'),
('fk_region_boundary', 'region_boundary', 'STILL_REFERENCED', 409, 'The region has a boundary for the maps, so it cannot be removed.');
