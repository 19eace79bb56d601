-- Every change the application makes is an audit event: who, in which role, when, what, before and after.
-- Append-only: the application has no path to change an event, and the database refuses it.
CREATE TABLE audit_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  TIMESTAMP(3)  NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    actor_role   VARCHAR(20)   NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    subject_type VARCHAR(40)   NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    cycle_code   VARCHAR(40)   NULL,
    region_code  VARCHAR(10)   NULL,
    before_value MEDIUMTEXT    NULL,
    after_value  MEDIUMTEXT    NULL,
    KEY ix_audit_subject (subject_type, subject),
    KEY ix_audit_cycle (cycle_code, region_code, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events are append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events are append-only';
