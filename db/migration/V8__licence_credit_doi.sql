-- Open data: every release carries a licence and the consortium's credit, frozen with it; a coordinator
-- may record its DOI, which DataCite registration fills in and reports on.
ALTER TABLE dataset_release
    ADD COLUMN licence          VARCHAR(40)   NOT NULL DEFAULT 'CC-BY-4.0',
    ADD COLUMN credit           TEXT          NULL,
    ADD COLUMN doi              VARCHAR(200)  NULL,
    ADD COLUMN doi_state        VARCHAR(12)   NOT NULL DEFAULT 'NONE',
    ADD COLUMN doi_message      VARCHAR(2000) NULL,
    ADD CONSTRAINT ck_release_doi_state CHECK (doi_state IN ('NONE', 'RECORDED', 'REGISTERED', 'FAILED'));

-- People and organisations credited as contributors of a cycle (regional experts who agreed, for example);
-- freezing copies them into the release's credit.
CREATE TABLE cycle_contributor (
    cycle_id     BIGINT        NOT NULL,
    position     INT           NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    given_name   VARCHAR(100)  NOT NULL DEFAULT '',
    family_name  VARCHAR(100)  NOT NULL DEFAULT '',
    affiliation  VARCHAR(300)  NOT NULL DEFAULT '',
    orcid        VARCHAR(19)   NOT NULL DEFAULT '',
    PRIMARY KEY (cycle_id, position),
    CONSTRAINT fk_cycle_contributor FOREIGN KEY (cycle_id) REFERENCES cycle (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The licence and the credit are part of what was frozen: they never change. The DOI may be recorded later.
DROP TRIGGER release_frozen_u;
DELIMITER $$
CREATE TRIGGER release_frozen_u BEFORE UPDATE ON dataset_release FOR EACH ROW
BEGIN
    IF NEW.version <> OLD.version OR NEW.major <> OLD.major OR NEW.minor <> OLD.minor OR NEW.cycle_code <> OLD.cycle_code
        OR NEW.title <> OLD.title OR NEW.notes <> OLD.notes OR NEW.digest <> OLD.digest OR NEW.changelog <> OLD.changelog
        OR NEW.codebook_code <> OLD.codebook_code OR NEW.codebook_version <> OLD.codebook_version
        OR NEW.aggregation <> OLD.aggregation OR NEW.frozen_at <> OLD.frozen_at OR NEW.frozen_by <> OLD.frozen_by
        OR NOT (NEW.corrects_version <=> OLD.corrects_version)
        OR NEW.licence <> OLD.licence OR NOT (NEW.credit <=> OLD.credit) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable';
    END IF;
    IF NOT (NEW.state = OLD.state OR (OLD.state = 'DRAFT' AND NEW.state = 'PUBLISHED')
            OR (OLD.state = 'PUBLISHED' AND NEW.state = 'WITHDRAWN')) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a release state only moves from draft to published to withdrawn';
    END IF;
END$$
DELIMITER ;
