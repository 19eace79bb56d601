-- The application's account in docker-compose.yml: rows only. The schema belongs to MARIADB_USER
-- (regindex_owner), who runs the migrations; this account can neither alter tables nor drop the
-- triggers that keep audit events and releases unchanged. Run once, when the volume is new.
CREATE USER IF NOT EXISTS 'regindex'@'%' IDENTIFIED BY 'regindex';
GRANT SELECT, INSERT, UPDATE, DELETE ON regindex.* TO 'regindex'@'%';
