-- A cycle's deadline is the one for submitting; reviewing and approving may have their own. Automatic reminders
-- go out only in cycles whose coordinator chose how many days before a deadline they start.
ALTER TABLE cycle
    ADD COLUMN review_deadline   DATE NULL,
    ADD COLUMN approval_deadline DATE NULL,
    ADD COLUMN reminder_days     INT  NULL;

-- Every automatic reminder sent: one per person, step, kind and deadline, whichever instance sends it first
-- (it inserts the row before it sends, and the key refuses the second). Moving a deadline re-arms them.
CREATE TABLE reminder_sent (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id  BIGINT       NOT NULL,
    step      VARCHAR(12)  NOT NULL,
    kind      VARCHAR(10)  NOT NULL,
    recipient VARCHAR(100) NOT NULL,
    deadline  DATE         NOT NULL,
    regions   VARCHAR(2000) NOT NULL,
    sent_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_reminder_sent UNIQUE (cycle_id, step, kind, recipient, deadline),
    CONSTRAINT ck_reminder_step CHECK (step IN ('SUBMISSION', 'REVIEW', 'APPROVAL')),
    CONSTRAINT ck_reminder_kind CHECK (kind IN ('BEFORE', 'OVERDUE')),
    CONSTRAINT fk_reminder_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO constraint_sentence (constraint_name, table_name, violation, status, sentence) VALUES
('uq_reminder_sent', 'reminder_sent', 'DUPLICATE', 409, 'That reminder was sent already, by this or another instance of the server.'),
('fk_reminder_cycle', 'reminder_sent', 'MISSING_PARENT', 404, 'The cycle no longer exists.');
