-- Evidence files: the documents behind an answer. A file's bytes are kept once, by SHA-256, in the file store
-- (files.dir); here are what is known of it and which answers cite it under which name.
CREATE TABLE evidence_file (
    sha256       CHAR(64)     NOT NULL PRIMARY KEY,
    size         BIGINT       NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    first_stored TIMESTAMP(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE answer_evidence (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    answer_id BIGINT       NOT NULL,
    sha256    CHAR(64)     NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    added_by  VARCHAR(100) NOT NULL,
    added_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_answer_evidence UNIQUE (answer_id, sha256),
    CONSTRAINT fk_evidence_answer FOREIGN KEY (answer_id) REFERENCES answer (id),
    CONSTRAINT fk_evidence_file FOREIGN KEY (sha256) REFERENCES evidence_file (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO constraint_sentence (constraint_name, table_name, violation, status, sentence) VALUES
('PRIMARY', 'evidence_file', 'DUPLICATE', 409, 'Someone stored the same file at the same moment; nothing of yours was stored. Send it again.'),
('uq_answer_evidence', 'answer_evidence', 'DUPLICATE', 409, 'This answer has this file already (the same content, under whatever name).'),
('fk_evidence_answer', 'answer_evidence', 'MISSING_PARENT', 404, 'The answer was deleted meanwhile.'),
('fk_evidence_file', 'answer_evidence', 'MISSING_PARENT', 404, 'The file was removed from the store meanwhile.');
