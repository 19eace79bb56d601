package org.regindex.devserver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.zip.ZipFile;

/** Backup of a database and its file store into one {@link BackupFile}, and restore into an empty database. */
final class Backups {

    private static final String SCHEMA_VERSION = "select version from flyway_schema_history where success = 1"
            + " and version is not null order by installed_rank desc limit 1";
    private static final String TABLES =
            "select count(*) from information_schema.tables where table_schema = database()";

    private Backups() {}

    /** Returns the manifest written; the dump is one consistent transaction, so saves may go on meanwhile. */
    static Properties backup(MariaDbTools db, Path target, String appVersion, Path filesDir)
            throws LauncherRefusal, IOException {
        Path dump = Files.createTempFile("regindex-dump", ".sql");
        try {
            String schema = db.query(SCHEMA_VERSION);
            db.dump(dump);
            Properties manifest = new Properties();
            manifest.setProperty("app.version", appVersion);
            manifest.setProperty("schema.version", schema.isEmpty() ? "none" : schema);
            manifest.setProperty("created", Instant.now().toString());
            manifest.setProperty("database", db.database());
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            BackupFile.write(target, dump, manifest, filesDir);
            return manifest;
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    /**
     * Loads a backup into {@code db}, which must hold no table yet, and its files into {@code filesDir}
     * (when given), which must hold no file yet. Checks the whole backup before it changes anything.
     */
    static Properties restore(MariaDbTools db, Path backup, Path filesDir) throws LauncherRefusal, IOException {
        Properties manifest = BackupFile.verify(backup);
        if (!"0".equals(db.query(TABLES))) {
            throw new LauncherRefusal("The database " + db.database() + " already holds tables; a backup is restored"
                    + " only into an empty one.");
        }
        if (filesDir != null
                && Files.isDirectory(filesDir)
                && Files.list(filesDir).findAny().isPresent()) {
            throw new LauncherRefusal("The file store " + filesDir + " already holds files; a backup is restored only"
                    + " into an empty one.");
        }
        try (ZipFile zip = BackupFile.open(backup)) {
            try (InputStream dump = BackupFile.dump(zip)) {
                db.load(dump);
            }
            if (filesDir != null) {
                BackupFile.extractFiles(zip, filesDir);
            }
        }
        String schema = db.query(SCHEMA_VERSION);
        if (!manifest.getProperty("schema.version").equals(schema.isEmpty() ? "none" : schema)) {
            throw new LauncherRefusal("The restored database is at schema version " + schema + ", the backup says "
                    + manifest.getProperty("schema.version") + ".");
        }
        return manifest;
    }
}
