-- A release: approved answers of a cycle frozen with their codebook, regions and scores. Content rows copy
-- every value they need; nothing here refers to a mutable row. ("release" is a reserved word in MariaDB.)
CREATE TABLE dataset_release (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           VARCHAR(12)   NOT NULL,
    major             INT           NOT NULL,
    minor             INT           NOT NULL,
    cycle_code        VARCHAR(40)   NOT NULL,
    cycle_name        VARCHAR(200)  NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    notes             TEXT          NOT NULL,
    codebook_code     VARCHAR(40)   NOT NULL,
    codebook_version  INT           NOT NULL,
    codebook_title    VARCHAR(200)  NOT NULL,
    aggregation       VARCHAR(40)   NOT NULL,
    corrects_version  VARCHAR(12)   NULL,
    changelog         TEXT          NOT NULL,
    digest            CHAR(64)      NOT NULL,
    frozen_at         TIMESTAMP(3)  NOT NULL,
    frozen_by         VARCHAR(100)  NOT NULL,
    state             VARCHAR(12)   NOT NULL,
    published_at      TIMESTAMP(3)  NULL,
    withdrawn_at      TIMESTAMP(3)  NULL,
    withdrawn_reason  VARCHAR(2000) NULL,
    row_version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_release_version UNIQUE (version),
    CONSTRAINT uq_release_number UNIQUE (major, minor),
    CONSTRAINT ck_release_state CHECK (state IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rel_axis (
    release_id BIGINT       NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    label      VARCHAR(200) NOT NULL,
    position   INT          NOT NULL,
    PRIMARY KEY (release_id, code),
    CONSTRAINT fk_rel_axis FOREIGN KEY (release_id) REFERENCES dataset_release (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rel_category (
    release_id BIGINT       NOT NULL,
    axis_code  VARCHAR(40)  NOT NULL,
    code       VARCHAR(20)  NOT NULL,
    label      VARCHAR(200) NOT NULL,
    position   INT          NOT NULL,
    PRIMARY KEY (release_id, axis_code, code),
    CONSTRAINT fk_rel_category FOREIGN KEY (release_id) REFERENCES dataset_release (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rel_indicator (
    release_id             BIGINT        NOT NULL,
    code                   VARCHAR(30)   NOT NULL,
    position               INT           NOT NULL,
    question               VARCHAR(2000) NOT NULL,
    guidance               TEXT          NOT NULL,
    not_applicable_allowed BOOLEAN       NOT NULL,
    PRIMARY KEY (release_id, code),
    CONSTRAINT fk_rel_indicator FOREIGN KEY (release_id) REFERENCES dataset_release (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rel_classification (
    release_id     BIGINT      NOT NULL,
    indicator_code VARCHAR(30) NOT NULL,
    axis_code      VARCHAR(40) NOT NULL,
    category_code  VARCHAR(20) NOT NULL,
    PRIMARY KEY (release_id, indicator_code, axis_code),
    CONSTRAINT fk_rel_classification FOREIGN KEY (release_id) REFERENCES dataset_release (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rel_option (
    release_id     BIGINT       NOT NULL,
    indicator_code VARCHAR(30)  NOT NULL,
    code           VARCHAR(5)   NOT NULL,
    label          VARCHAR(500) NOT NULL,
    score          SMALLINT     NOT NULL,
    position       INT          NOT NULL,
    PRIMARY KEY (release_id, indicator_code, code),
    CONSTRAINT fk_rel_option FOREIGN KEY (release_id) REFERENCES dataset_release (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rel_region (
    release_id   BIGINT       NOT NULL,
    code         VARCHAR(10)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    country_code CHAR(2)      NOT NULL,
    PRIMARY KEY (release_id, code),
    CONSTRAINT fk_rel_region FOREIGN KEY (release_id) REFERENCES dataset_release (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rel_answer (
    release_id            BIGINT        NOT NULL,
    region_code           VARCHAR(10)   NOT NULL,
    indicator_code        VARCHAR(30)   NOT NULL,
    option_code           VARCHAR(5)    NULL,
    not_applicable        BOOLEAN       NOT NULL,
    not_applicable_reason VARCHAR(2000) NOT NULL,
    justification         TEXT          NOT NULL,
    score                 SMALLINT      NULL,
    PRIMARY KEY (release_id, region_code, indicator_code),
    CONSTRAINT fk_rel_answer FOREIGN KEY (release_id) REFERENCES dataset_release (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rel_source (
    release_id     BIGINT        NOT NULL,
    region_code    VARCHAR(10)   NOT NULL,
    indicator_code VARCHAR(30)   NOT NULL,
    position       INT           NOT NULL,
    citation       VARCHAR(1000) NOT NULL,
    url            VARCHAR(2000) NOT NULL,
    PRIMARY KEY (release_id, region_code, indicator_code, position),
    CONSTRAINT fk_rel_source FOREIGN KEY (release_id) REFERENCES dataset_release (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Scores per region: one row per category of every axis, and one row for the overall (axis '', category '').
CREATE TABLE rel_score (
    release_id    BIGINT        NOT NULL,
    region_code   VARCHAR(10)   NOT NULL,
    axis_code     VARCHAR(40)   NOT NULL,
    category_code VARCHAR(20)   NOT NULL,
    score         DECIMAL(5, 2) NULL,
    answered      INT           NOT NULL,
    total         INT           NOT NULL,
    PRIMARY KEY (release_id, region_code, axis_code, category_code),
    CONSTRAINT fk_rel_score FOREIGN KEY (release_id) REFERENCES dataset_release (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Frozen content never changes; a draft may be discarded whole (the cascade from dataset_release, which
-- MariaDB runs without these triggers, is only possible for drafts: see the trigger on dataset_release).
DELIMITER $$
CREATE TRIGGER rel_axis_frozen_u BEFORE UPDATE ON rel_axis FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_axis_frozen_d BEFORE DELETE ON rel_axis FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_category_frozen_u BEFORE UPDATE ON rel_category FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_category_frozen_d BEFORE DELETE ON rel_category FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_indicator_frozen_u BEFORE UPDATE ON rel_indicator FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_indicator_frozen_d BEFORE DELETE ON rel_indicator FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_classification_frozen_u BEFORE UPDATE ON rel_classification FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_classification_frozen_d BEFORE DELETE ON rel_classification FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_option_frozen_u BEFORE UPDATE ON rel_option FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_option_frozen_d BEFORE DELETE ON rel_option FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_region_frozen_u BEFORE UPDATE ON rel_region FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_region_frozen_d BEFORE DELETE ON rel_region FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_answer_frozen_u BEFORE UPDATE ON rel_answer FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_answer_frozen_d BEFORE DELETE ON rel_answer FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_source_frozen_u BEFORE UPDATE ON rel_source FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_source_frozen_d BEFORE DELETE ON rel_source FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_score_frozen_u BEFORE UPDATE ON rel_score FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_score_frozen_d BEFORE DELETE ON rel_score FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$

-- Of a release itself only the state moves, forward: DRAFT -> PUBLISHED -> WITHDRAWN. Only a draft is deleted.
CREATE TRIGGER release_frozen_u BEFORE UPDATE ON dataset_release FOR EACH ROW
BEGIN
    IF NEW.version <> OLD.version OR NEW.major <> OLD.major OR NEW.minor <> OLD.minor OR NEW.cycle_code <> OLD.cycle_code
        OR NEW.title <> OLD.title OR NEW.notes <> OLD.notes OR NEW.digest <> OLD.digest OR NEW.changelog <> OLD.changelog
        OR NEW.codebook_code <> OLD.codebook_code OR NEW.codebook_version <> OLD.codebook_version
        OR NEW.aggregation <> OLD.aggregation OR NEW.frozen_at <> OLD.frozen_at OR NEW.frozen_by <> OLD.frozen_by
        OR NOT (NEW.corrects_version <=> OLD.corrects_version) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable';
    END IF;
    IF NOT (NEW.state = OLD.state OR (OLD.state = 'DRAFT' AND NEW.state = 'PUBLISHED')
            OR (OLD.state = 'PUBLISHED' AND NEW.state = 'WITHDRAWN')) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a release state only moves from draft to published to withdrawn';
    END IF;
END$$

CREATE TRIGGER release_frozen_d BEFORE DELETE ON dataset_release FOR EACH ROW
BEGIN
    IF OLD.state <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'only a draft release can be discarded';
    END IF;
END$$
DELIMITER ;
