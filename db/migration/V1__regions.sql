-- Regions take part in data-collection cycles; they are addressed by their NUTS code.
CREATE TABLE region (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(10)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    country_code CHAR(2)      NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_region_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
