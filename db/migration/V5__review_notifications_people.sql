-- Blind review: reviewers and experts see each other as "Expert" and "Reviewer", never by name.
ALTER TABLE cycle ADD COLUMN blind_review BOOLEAN NOT NULL DEFAULT FALSE;

-- Who moved the questionnaire last, so that a replay by the same person is told apart from a race with another.
ALTER TABLE questionnaire
    ADD COLUMN last_transition VARCHAR(20)  NULL,
    ADD COLUMN last_actor      VARCHAR(100) NULL,
    ADD COLUMN last_changed_at TIMESTAMP(3) NULL;

-- The conversation about one answer. A thread is "change requested" from the reviewer's request until they resolve it.
CREATE TABLE review_thread (
    id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    questionnaire_id BIGINT NOT NULL,
    indicator_id     BIGINT NOT NULL,
    change_requested BOOLEAN NOT NULL DEFAULT FALSE,
    row_version      INT    NOT NULL DEFAULT 0,
    CONSTRAINT uq_thread UNIQUE (questionnaire_id, indicator_id),
    CONSTRAINT fk_thread_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
    CONSTRAINT fk_thread_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Comments are append-only: never edited or deleted.
CREATE TABLE review_comment (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    thread_id       BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    author          VARCHAR(100) NOT NULL,
    author_capacity VARCHAR(20)  NOT NULL,
    body            TEXT         NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    CONSTRAINT ck_comment_kind CHECK (kind IN ('COMMENT', 'CHANGE_REQUESTED', 'RESOLVED')),
    CONSTRAINT fk_comment_thread FOREIGN KEY (thread_id) REFERENCES review_thread (id),
    KEY ix_comment_thread (thread_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER review_comment_no_update BEFORE UPDATE ON review_comment FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'comments are append-only';

CREATE TRIGGER review_comment_no_delete BEFORE DELETE ON review_comment FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'comments are append-only';

-- What happened that concerns someone: listed in the application, sent by e-mail where configured.
CREATE TABLE notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient   VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL,
    read_at     TIMESTAMP(3)  NULL,
    subject     VARCHAR(300)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    link        VARCHAR(500)  NOT NULL,
    KEY ix_notification_recipient (recipient, read_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- People as Keycloak last described them at sign-in: names and addresses for notifications.
CREATE TABLE person (
    username     VARCHAR(100) NOT NULL PRIMARY KEY,
    display_name VARCHAR(200) NOT NULL,
    email        VARCHAR(320) NOT NULL,
    roles        VARCHAR(200) NOT NULL,
    last_seen    TIMESTAMP(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
