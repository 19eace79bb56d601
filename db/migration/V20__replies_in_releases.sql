-- A release of a cycle with a right of reply publishes, beside each answer, what the region's government
-- contact said of it and what was answered to them: every comment of the answer's thread from the first
-- one of the government contact on, named by capacity only. Releases frozen before keep their files byte
-- for byte (records_replies tells them apart).
CREATE TABLE rel_reply (
    release_id     BIGINT      NOT NULL,
    region_code    VARCHAR(10) NOT NULL,
    indicator_code VARCHAR(30) NOT NULL,
    position       INT         NOT NULL,
    capacity       VARCHAR(20) NOT NULL,
    posted_on      DATE        NOT NULL,
    body           TEXT        NOT NULL,
    PRIMARY KEY (release_id, region_code, indicator_code, position),
    CONSTRAINT fk_rel_reply FOREIGN KEY (release_id) REFERENCES dataset_release (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE dataset_release ADD COLUMN records_replies BOOLEAN NOT NULL DEFAULT FALSE;

-- What a freeze reads of the replies: the comments of approved questionnaires' threads that the government
-- contact opened or joined, from their first comment on, in the order they were written.
CREATE SQL SECURITY INVOKER VIEW approved_answer_reply AS
    SELECT q.cycle_id, r.code AS region_code, i.code AS indicator_code, c.id AS comment_id,
           c.author_capacity AS capacity, c.created_at, c.body
    FROM review_comment c
        JOIN review_thread t ON t.id = c.thread_id
        JOIN questionnaire q ON q.id = t.questionnaire_id
        JOIN region r ON r.id = q.region_id
        JOIN indicator i ON i.id = t.indicator_id
    WHERE q.state = 'APPROVED'
      AND c.id >= (SELECT MIN(g.id) FROM review_comment g
                   WHERE g.thread_id = t.id AND g.author_capacity = 'GOVERNMENT');

DELIMITER $$
CREATE TRIGGER rel_reply_frozen_u BEFORE UPDATE ON rel_reply FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$
CREATE TRIGGER rel_reply_frozen_d BEFORE DELETE ON rel_reply FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable'$$

DROP TRIGGER release_frozen_u$$
CREATE TRIGGER release_frozen_u BEFORE UPDATE ON dataset_release FOR EACH ROW
BEGIN
    IF NEW.version <> OLD.version OR NEW.major <> OLD.major OR NEW.minor <> OLD.minor OR NEW.cycle_code <> OLD.cycle_code
        OR NEW.title <> OLD.title OR NEW.notes <> OLD.notes OR NEW.digest <> OLD.digest OR NEW.changelog <> OLD.changelog
        OR NEW.codebook_code <> OLD.codebook_code OR NEW.codebook_version <> OLD.codebook_version
        OR NEW.aggregation <> OLD.aggregation OR NEW.frozen_at <> OLD.frozen_at OR NEW.frozen_by <> OLD.frozen_by
        OR NOT (NEW.corrects_version <=> OLD.corrects_version)
        OR NEW.licence <> OLD.licence OR NOT (NEW.credit <=> OLD.credit)
        OR NEW.records_confidence <> OLD.records_confidence OR NEW.records_replies <> OLD.records_replies THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'release content is immutable';
    END IF;
    IF NOT (NEW.state = OLD.state OR (OLD.state = 'DRAFT' AND NEW.state = 'PUBLISHED')
            OR (OLD.state = 'PUBLISHED' AND NEW.state = 'WITHDRAWN')) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a release state only moves from draft to published to withdrawn';
    END IF;
END$$
DELIMITER ;

INSERT INTO constraint_sentence (constraint_name, table_name, violation, status, sentence) VALUES
('PRIMARY', 'rel_reply', 'DUPLICATE', 409, 'This release is being written by another freeze at the same moment.'),
('fk_rel_reply', 'rel_reply', 'MISSING_PARENT', 404, 'The release was deleted meanwhile.');
