-- A release records the evidence files of its answers: name, kind, size and SHA-256 (the bytes stay in the file
-- store, where a file a release cites can never be removed: rel_evidence refers to it). Releases frozen before keep
-- their files byte for byte (records_evidence tells them apart).
CREATE TABLE rel_evidence (
    release_id     BIGINT       NOT NULL,
    region_code    VARCHAR(10)  NOT NULL,
    indicator_code VARCHAR(30)  NOT NULL,
    position       INT          NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    size           BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    PRIMARY KEY (release_id, region_code, indicator_code, position),
    CONSTRAINT fk_rel_evidence FOREIGN KEY (release_id) REFERENCES dataset_release (id) ON DELETE CASCADE,
    CONSTRAINT fk_rel_evidence_file FOREIGN KEY (sha256) REFERENCES evidence_file (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE dataset_release ADD COLUMN records_evidence BOOLEAN NOT NULL DEFAULT FALSE;

CREATE SQL SECURITY INVOKER VIEW approved_answer_evidence AS
    SELECT q.cycle_id, r.code AS region_code, i.code AS indicator_code, e.id AS evidence_id, e.file_name,
           f.media_type, f.size, f.sha256
    FROM answer_evidence e
        JOIN evidence_file f ON f.sha256 = e.sha256
        JOIN answer a ON a.id = e.answer_id
        JOIN questionnaire q ON q.id = a.questionnaire_id
        JOIN region r ON r.id = q.region_id
        JOIN indicator i ON i.id = a.indicator_id
    WHERE q.state = 'APPROVED';

DELIMITER $$
CREATE TRIGGER rel_evidence_frozen_u BEFORE UPDATE ON rel_evidence FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_evidence_frozen_d BEFORE DELETE ON rel_evidence FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$

DROP TRIGGER release_frozen_u$$
CREATE TRIGGER release_frozen_u BEFORE UPDATE ON dataset_release FOR EACH ROW
BEGIN
    IF NEW.version <> OLD.version OR NEW.major <> OLD.major OR NEW.minor <> OLD.minor OR NEW.cycle_code <> OLD.cycle_code
        OR NEW.title <> OLD.title OR NEW.notes <> OLD.notes OR NEW.digest <> OLD.digest OR NEW.changelog <> OLD.changelog
        OR NEW.codebook_code <> OLD.codebook_code OR NEW.codebook_version <> OLD.codebook_version
        OR NEW.aggregation <> OLD.aggregation OR NEW.frozen_at <> OLD.frozen_at OR NEW.frozen_by <> OLD.frozen_by
        OR NOT (NEW.corrects_version <=> OLD.corrects_version)
        OR NEW.licence <> OLD.licence OR NOT (NEW.credit <=> OLD.credit)
        OR NEW.records_confidence <> OLD.records_confidence OR NEW.records_replies <> OLD.records_replies
        OR NEW.records_evidence <> OLD.records_evidence THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable';
    END IF;
    IF NOT (NEW.state = OLD.state OR (OLD.state = 'DRAFT' AND NEW.state = 'PUBLISHED')
            OR (OLD.state = 'PUBLISHED' AND NEW.state = 'WITHDRAWN')) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a release state only moves from draft to published to withdrawn';
    END IF;
END$$
DELIMITER ;

INSERT INTO constraint_sentence (constraint_name, table_name, violation, status, sentence) VALUES
('PRIMARY', 'rel_evidence', 'DUPLICATE', 409, 'This release is being written by another freeze at the same moment.'),
('fk_rel_evidence', 'rel_evidence', 'MISSING_PARENT', 404, 'The release was deleted meanwhile.'),
('fk_rel_evidence_file', 'rel_evidence', 'MISSING_PARENT', 404, 'An evidence file was removed from the store meanwhile.'),
('fk_rel_evidence_file', 'rel_evidence', 'STILL_REFERENCED', 409, 'A release cites this evidence file, so it is kept for good.'),
('fk_evidence_file', 'answer_evidence', 'STILL_REFERENCED', 409, 'An answer cites this evidence file, so it is kept.'),
('fk_evidence_answer', 'answer_evidence', 'STILL_REFERENCED', 409, 'The answer has evidence files, so it cannot be removed.');
