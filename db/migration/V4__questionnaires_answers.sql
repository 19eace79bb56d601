-- The answers of one region in one cycle, with the questionnaire's workflow state.
CREATE TABLE questionnaire (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id    BIGINT       NOT NULL,
    region_id   BIGINT       NOT NULL,
    state       VARCHAR(20)  NOT NULL,
    row_version INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_questionnaire UNIQUE (cycle_id, region_id),
    CONSTRAINT ck_questionnaire_state CHECK (state IN ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'CHANGES_REQUESTED', 'REVIEWED', 'APPROVED')),
    CONSTRAINT fk_questionnaire_scope FOREIGN KEY (cycle_id, region_id) REFERENCES cycle_region (cycle_id, region_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One answer per indicator: an option or "not applicable" with a reason, a justification, sources, a private note.
CREATE TABLE answer (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    questionnaire_id      BIGINT        NOT NULL,
    indicator_id          BIGINT        NOT NULL,
    option_code           VARCHAR(5)    NULL,
    not_applicable        BOOLEAN       NOT NULL,
    not_applicable_reason VARCHAR(2000) NOT NULL,
    justification         TEXT          NOT NULL,
    note                  TEXT          NOT NULL,
    row_version           INT           NOT NULL DEFAULT 0,
    updated_at            TIMESTAMP(3)  NOT NULL,
    updated_by            VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_answer UNIQUE (questionnaire_id, indicator_id),
    CONSTRAINT ck_answer_choice CHECK (NOT (not_applicable AND option_code IS NOT NULL)),
    CONSTRAINT fk_answer_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
    CONSTRAINT fk_answer_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE answer_source (
    answer_id BIGINT        NOT NULL,
    position  INT           NOT NULL,
    citation  VARCHAR(1000) NOT NULL,
    url       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (answer_id, position),
    CONSTRAINT fk_source_answer FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
