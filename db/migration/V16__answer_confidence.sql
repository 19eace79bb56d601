-- How sure the expert is of an answer (low, medium, high). The codebook says per indicator whether an
-- answer needs it before submitting; a release frozen from now on records it, older releases did not and
-- keep their files byte for byte (records_confidence tells them apart).
ALTER TABLE indicator ADD COLUMN confidence_required BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE answer ADD COLUMN confidence VARCHAR(8) NULL,
    ADD CONSTRAINT ck_answer_confidence CHECK (confidence IN ('LOW', 'MEDIUM', 'HIGH'));

ALTER TABLE rel_answer ADD COLUMN confidence VARCHAR(8) NULL,
    ADD CONSTRAINT ck_rel_answer_confidence CHECK (confidence IN ('LOW', 'MEDIUM', 'HIGH'));

ALTER TABLE dataset_release ADD COLUMN records_confidence BOOLEAN NOT NULL DEFAULT FALSE;

CREATE OR REPLACE SQL SECURITY INVOKER VIEW approved_answer AS
    SELECT a.id AS answer_id, q.cycle_id, r.code AS region_code, i.code AS indicator_code, a.option_code,
           a.not_applicable, a.not_applicable_reason, a.justification, a.confidence
    FROM answer a
        JOIN questionnaire q ON q.id = a.questionnaire_id
        JOIN region r ON r.id = q.region_id
        JOIN indicator i ON i.id = a.indicator_id
    WHERE q.state = 'APPROVED';

DROP TRIGGER release_frozen_u;
DELIMITER $$
CREATE TRIGGER release_frozen_u BEFORE UPDATE ON dataset_release FOR EACH ROW
BEGIN
    IF NEW.version <> OLD.version OR NEW.major <> OLD.major OR NEW.minor <> OLD.minor OR NEW.cycle_code <> OLD.cycle_code
        OR NEW.title <> OLD.title OR NEW.notes <> OLD.notes OR NEW.digest <> OLD.digest OR NEW.changelog <> OLD.changelog
        OR NEW.codebook_code <> OLD.codebook_code OR NEW.codebook_version <> OLD.codebook_version
        OR NEW.aggregation <> OLD.aggregation OR NEW.frozen_at <> OLD.frozen_at OR NEW.frozen_by <> OLD.frozen_by
        OR NOT (NEW.corrects_version <=> OLD.corrects_version)
        OR NEW.licence <> OLD.licence OR NOT (NEW.credit <=> OLD.credit)
        OR NEW.records_confidence <> OLD.records_confidence THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable';
    END IF;
    IF NOT (NEW.state = OLD.state OR (OLD.state = 'DRAFT' AND NEW.state = 'PUBLISHED')
            OR (OLD.state = 'PUBLISHED' AND NEW.state = 'WITHDRAWN')) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a release state only moves from draft to published to withdrawn';
    END IF;
END$$
DELIMITER ;
