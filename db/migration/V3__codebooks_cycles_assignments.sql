-- A codebook version: its axes with their categories, and its indicators with ordered answer options
-- and one category on each axis. Immutable once a cycle uses it (see the triggers below).
CREATE TABLE codebook (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    version     INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    aggregation VARCHAR(40)  NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    row_version INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_codebook_version UNIQUE (code, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE axis (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    codebook_id BIGINT       NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    label       VARCHAR(200) NOT NULL,
    position    INT          NOT NULL,
    CONSTRAINT uq_axis_code UNIQUE (codebook_id, code),
    CONSTRAINT fk_axis_codebook FOREIGN KEY (codebook_id) REFERENCES codebook (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE category (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    axis_id  BIGINT       NOT NULL,
    code     VARCHAR(20)  NOT NULL,
    label    VARCHAR(200) NOT NULL,
    position INT          NOT NULL,
    CONSTRAINT uq_category_code UNIQUE (axis_id, code),
    CONSTRAINT fk_category_axis FOREIGN KEY (axis_id) REFERENCES axis (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    codebook_id            BIGINT        NOT NULL,
    code                   VARCHAR(30)   NOT NULL,
    position               INT           NOT NULL,
    question               VARCHAR(2000) NOT NULL,
    guidance               TEXT          NOT NULL,
    not_applicable_allowed BOOLEAN       NOT NULL,
    CONSTRAINT uq_indicator_code UNIQUE (codebook_id, code),
    CONSTRAINT fk_indicator_codebook FOREIGN KEY (codebook_id) REFERENCES codebook (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE answer_option (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_id BIGINT       NOT NULL,
    code         VARCHAR(5)   NOT NULL,
    label        VARCHAR(500) NOT NULL,
    score        SMALLINT     NOT NULL,
    position     INT          NOT NULL,
    CONSTRAINT uq_option_code UNIQUE (indicator_id, code),
    CONSTRAINT ck_option_score CHECK (score BETWEEN 0 AND 100),
    CONSTRAINT fk_option_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_category (
    indicator_id BIGINT NOT NULL,
    category_id  BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, category_id),
    CONSTRAINT fk_classification_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_classification_category FOREIGN KEY (category_id) REFERENCES category (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A data-collection round over some regions, on one codebook version.
CREATE TABLE cycle (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    codebook_id BIGINT       NOT NULL,
    deadline    DATE         NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    row_version INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_cycle_code UNIQUE (code),
    CONSTRAINT ck_cycle_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT fk_cycle_codebook FOREIGN KEY (codebook_id) REFERENCES codebook (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A region is in a cycle at most once.
CREATE TABLE cycle_region (
    cycle_id  BIGINT NOT NULL,
    region_id BIGINT NOT NULL,
    PRIMARY KEY (cycle_id, region_id),
    CONSTRAINT fk_cycle_region_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id) ON DELETE CASCADE,
    CONSTRAINT fk_cycle_region_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person is expert or reviewer of a region in a cycle, never both (one row per person and region).
CREATE TABLE assignment (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id  BIGINT       NOT NULL,
    region_id BIGINT       NOT NULL,
    username  VARCHAR(100) NOT NULL,
    role      VARCHAR(10)  NOT NULL,
    CONSTRAINT uq_assignment_person UNIQUE (cycle_id, region_id, username),
    CONSTRAINT ck_assignment_role CHECK (role IN ('EXPERT', 'REVIEWER')),
    CONSTRAINT fk_assignment_scope FOREIGN KEY (cycle_id, region_id) REFERENCES cycle_region (cycle_id, region_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The content of a codebook that a cycle uses cannot change: a change makes a new codebook version.
DELIMITER $$
CREATE TRIGGER codebook_in_use_no_update BEFORE UPDATE ON codebook FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM cycle WHERE codebook_id = OLD.id)
        AND (NEW.code <> OLD.code OR NEW.version <> OLD.version OR NEW.title <> OLD.title OR NEW.aggregation <> OLD.aggregation) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a codebook that a cycle uses is immutable';
    END IF;
END$$

CREATE TRIGGER indicator_in_use_no_update BEFORE UPDATE ON indicator FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM cycle WHERE codebook_id = OLD.codebook_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a codebook that a cycle uses is immutable';
    END IF;
END$$

CREATE TRIGGER indicator_in_use_no_delete BEFORE DELETE ON indicator FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM cycle WHERE codebook_id = OLD.codebook_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a codebook that a cycle uses is immutable';
    END IF;
END$$

CREATE TRIGGER option_in_use_no_update BEFORE UPDATE ON answer_option FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM cycle c JOIN indicator i ON i.codebook_id = c.codebook_id WHERE i.id = OLD.indicator_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a codebook that a cycle uses is immutable';
    END IF;
END$$

CREATE TRIGGER option_in_use_no_delete BEFORE DELETE ON answer_option FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM cycle c JOIN indicator i ON i.codebook_id = c.codebook_id WHERE i.id = OLD.indicator_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a codebook that a cycle uses is immutable';
    END IF;
END$$
DELIMITER ;
