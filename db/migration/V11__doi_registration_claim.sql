-- A DOI registration waits on DataCite with no transaction open. The moment one starts is kept on the
-- release, so that a second registration of the same DOI (two coordinators, a retrying script, on any
-- server of the database) is told one is under way instead of asking DataCite again. A claim older than a
-- minute is taken for one that a stopped server left behind.
ALTER TABLE dataset_release
    ADD COLUMN doi_registration_started_at DATETIME(6) NULL;
