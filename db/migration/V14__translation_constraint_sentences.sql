-- The sentences of the translation tables' keys (V12), so that a refusal they cause is answered like every other.
INSERT INTO constraint_sentence (constraint_name, table_name, violation, status, sentence) VALUES
('PRIMARY', 'codebook_text', 'DUPLICATE', 409, 'The codebook translates one text twice into the same language; nothing was stored.'),
('PRIMARY', 'region_name', 'DUPLICATE', 409, 'The region has two names in the same language; nothing was stored.'),
('PRIMARY', 'rel_language', 'DUPLICATE', 409, 'The release names one language twice; nothing was stored.'),
('PRIMARY', 'rel_text', 'DUPLICATE', 409, 'The release translates one text twice into the same language; nothing was stored.'),
('fk_codebook_text', 'codebook_text', 'MISSING_PARENT', 404, 'The codebook version was deleted meanwhile.'),
('fk_region_name', 'region_name', 'MISSING_PARENT', 404, 'The region was deleted meanwhile.'),
('fk_rel_language', 'rel_language', 'MISSING_PARENT', 404, 'The release was deleted meanwhile.'),
('fk_rel_text', 'rel_text', 'MISSING_PARENT', 404, 'The release was deleted meanwhile.');
