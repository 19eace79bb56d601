-- A codebook is written in one source language and may carry translations of its texts into the other
-- languages of the pages. A text is named by its part (QUESTION, GUIDANCE, OPTION, AXIS, CATEGORY), the
-- code of what owns it (an indicator, an axis) and, for options and categories, its own code.
ALTER TABLE codebook
    ADD COLUMN source_language VARCHAR(8) NOT NULL DEFAULT 'en';

CREATE TABLE codebook_text (
    codebook_id BIGINT      NOT NULL,
    language    VARCHAR(8)  NOT NULL,
    part        VARCHAR(20) NOT NULL,
    owner_code  VARCHAR(40) NOT NULL,
    code        VARCHAR(20) NOT NULL DEFAULT '',
    text        TEXT        NOT NULL,
    PRIMARY KEY (codebook_id, language, part, owner_code, code),
    CONSTRAINT fk_codebook_text FOREIGN KEY (codebook_id) REFERENCES codebook (id) ON DELETE CASCADE,
    CONSTRAINT ck_codebook_text_part CHECK (part IN ('QUESTION', 'GUIDANCE', 'OPTION', 'AXIS', 'CATEGORY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A region's name in other languages, where it differs from the one it has.
CREATE TABLE region_name (
    region_id BIGINT       NOT NULL,
    language  VARCHAR(8)   NOT NULL,
    name      VARCHAR(200) NOT NULL,
    PRIMARY KEY (region_id, language),
    CONSTRAINT fk_region_name FOREIGN KEY (region_id) REFERENCES region (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a release was published with: its source language and every translated text, regions' names
-- included (part REGION). A release frozen before this migration has no rows here.
CREATE TABLE rel_language (
    release_id BIGINT     NOT NULL,
    language   VARCHAR(8) NOT NULL,
    source     BOOLEAN    NOT NULL,
    PRIMARY KEY (release_id, language),
    CONSTRAINT fk_rel_language FOREIGN KEY (release_id) REFERENCES dataset_release (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rel_text (
    release_id BIGINT      NOT NULL,
    language   VARCHAR(8)  NOT NULL,
    part       VARCHAR(20) NOT NULL,
    owner_code VARCHAR(40) NOT NULL,
    code       VARCHAR(20) NOT NULL DEFAULT '',
    text       TEXT        NOT NULL,
    PRIMARY KEY (release_id, language, part, owner_code, code),
    CONSTRAINT fk_rel_text FOREIGN KEY (release_id) REFERENCES dataset_release (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER $$
CREATE TRIGGER rel_language_frozen_u BEFORE UPDATE ON rel_language FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_language_frozen_d BEFORE DELETE ON rel_language FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_text_frozen_u BEFORE UPDATE ON rel_text FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_text_frozen_d BEFORE DELETE ON rel_text FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
DELIMITER ;
