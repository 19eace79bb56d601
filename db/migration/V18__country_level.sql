-- A cycle may have a country level: the country leads of a region's country approve its reviewed questionnaire
-- before a coordinator does (COUNTRY_APPROVED between REVIEWED and APPROVED). Cycles without it work as before.
ALTER TABLE cycle ADD COLUMN country_level BOOLEAN NOT NULL DEFAULT FALSE;

-- Who leads which country in a cycle (ISO 3166 alpha-2, as region.country_code); several per country may.
CREATE TABLE country_lead (
    cycle_id     BIGINT       NOT NULL,
    country_code CHAR(2)      NOT NULL,
    username     VARCHAR(100) NOT NULL,
    PRIMARY KEY (cycle_id, country_code, username),
    CONSTRAINT fk_country_lead_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE questionnaire DROP CONSTRAINT ck_questionnaire_state;
ALTER TABLE questionnaire ADD CONSTRAINT ck_questionnaire_state CHECK (state IN ('NOT_STARTED', 'IN_PROGRESS',
    'SUBMITTED', 'CHANGES_REQUESTED', 'REVIEWED', 'COUNTRY_APPROVED', 'APPROVED'));

INSERT INTO constraint_sentence (constraint_name, table_name, violation, status, sentence) VALUES
('PRIMARY', 'country_lead', 'DUPLICATE', 409, 'That person leads that country in this cycle already.'),
('fk_country_lead_cycle', 'country_lead', 'MISSING_PARENT', 404, 'The cycle no longer exists.');
