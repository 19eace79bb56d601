-- What freezing a release reads of the live questionnaires, named here by the schema's owner. The
-- release code reads these views and never the questionnaire tables, so a change to those tables
-- either keeps the views' columns or fails this migration and the tests that freeze.
CREATE SQL SECURITY INVOKER VIEW questionnaire_standing AS
    SELECT q.cycle_id, r.code AS region_code, q.state
    FROM questionnaire q JOIN region r ON r.id = q.region_id;

CREATE SQL SECURITY INVOKER VIEW approved_answer AS
    SELECT a.id AS answer_id, q.cycle_id, r.code AS region_code, i.code AS indicator_code, a.option_code,
           a.not_applicable, a.not_applicable_reason, a.justification
    FROM answer a
        JOIN questionnaire q ON q.id = a.questionnaire_id
        JOIN region r ON r.id = q.region_id
        JOIN indicator i ON i.id = a.indicator_id
    WHERE q.state = 'APPROVED';

CREATE SQL SECURITY INVOKER VIEW approved_answer_source AS
    SELECT s.answer_id, q.cycle_id, s.position, s.citation, s.url
    FROM answer_source s
        JOIN answer a ON a.id = s.answer_id
        JOIN questionnaire q ON q.id = a.questionnaire_id
    WHERE q.state = 'APPROVED';
