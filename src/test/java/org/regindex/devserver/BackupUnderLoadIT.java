package org.regindex.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.regindex.devserver.SqlRows.column;
import static org.regindex.devserver.SqlRows.rows;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestDatabase;
import org.regindex.testsupport.TestEnvironment;

/**
 * A backup taken while an expert's saves keep coming, restored into a launcher database on a fresh
 * folder: every save acknowledged before the backup began is there, every audit event is as it was
 * recorded, and every release has the same rows and digest.
 */
@ExtendWith(ArquillianExtension.class)
class BackupUnderLoadIT {

    private static final int SAVERS = 4;

    @ArquillianResource
    URL base;

    /** One acknowledged save: its answer, the version the server gave back, its unique justification, when. */
    record Ack(String indicator, int version, String justification, long at) {}

    @Test
    void aBackupTakenDuringSavesRestoresEverySaveAcknowledgedBeforeItAndEveryReleaseUnchanged() throws Exception {
        Api api = new Api(base);
        Rounds.Round round = new Rounds(api).create();
        round.approve(round.regionB(), "expert2", "reviewer2", "b");
        String coordinator = Keycloak.accessToken("coordinator");
        JsonObject release = api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{}")
                .json()
                .asJsonObject();
        assertEquals(
                200,
                api.postJson("api/v1/releases/" + release.getString("version") + "/publish", coordinator, "")
                        .status());

        List<String> indicators = api
                .get(
                        "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA(),
                        Keycloak.accessToken("expert1"))
                .json()
                .asJsonObject()
                .getJsonArray("missing")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(item -> item.getString("indicator"))
                .toList();
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean saving = new AtomicBoolean(false);
        save(api, round, List.of(indicators.get(0)), SAVERS, saving, acks); // starts the questionnaire
        saving.set(true);
        List<Thread> savers = new ArrayList<>();
        for (int t = 0; t < SAVERS; t++) {
            List<String> mine = new ArrayList<>();
            for (int i = t; i < indicators.size(); i += SAVERS) {
                mine.add(indicators.get(i));
            }
            int saver = t;
            Thread thread = new Thread(() -> save(api, round, mine, saver, saving, acks), "saver-" + t);
            thread.setUncaughtExceptionHandler((dead, failure) -> failures.add(failure));
            thread.start();
            savers.add(thread);
        }
        Thread.sleep(1500);
        List<String> committedBefore;
        try (Connection live = TestDatabase.connect()) {
            committedBefore = column(live, "select id from audit_event");
        }
        long backupStarted = System.nanoTime();
        Path backup = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "backup-")
                .resolve("regindex.zip");
        Properties manifest = Backups.backup(buildDatabase(), backup, "test", null);
        long backupEnded = System.nanoTime();
        Thread.sleep(1000);
        saving.set(false);
        for (Thread saver : savers) {
            saver.join();
        }
        assertEquals(List.of(), List.copyOf(failures), "every save was acknowledged");
        List<Ack> before = acks.stream().filter(ack -> ack.at() < backupStarted).toList();
        System.out.printf(
                "Backup under load: %d saves acknowledged before it, %d during its %d ms, %d after%n",
                before.size(),
                acks.stream()
                        .filter(a -> a.at() >= backupStarted && a.at() < backupEnded)
                        .count(),
                (backupEnded - backupStarted) / 1_000_000,
                acks.stream().filter(a -> a.at() >= backupEnded).count());
        assertTrue(before.size() > 20, "the saves ran before the backup: " + before.size());
        assertTrue(acks.size() > before.size(), "and went on while it ran and after");

        Path home = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "restored-");
        try (DevDatabaseProcess restoredDb = DevDatabaseProcess.started(home)) {
            Backups.restore(MariaDbTools.local(new DataFolder(home), "regindex"), backup, null);
            try (Connection restored = restoredDb.connect("regindex", "regindex");
                    Connection live = TestDatabase.connect()) {
                assertEquals(
                        column(
                                        live,
                                        "select version from flyway_schema_history where success = 1"
                                                + " and version is not null order by installed_rank desc limit 1")
                                .get(0),
                        manifest.getProperty("schema.version"));
                everyAcknowledgedSaveIsThere(restored, round, before);
                everyAuditEventIsAsRecorded(restored, live, committedBefore);
                everyReleaseIsUnchanged(restored, live);
            }
        }
    }

    private static void save(
            Api api,
            Rounds.Round round,
            List<String> indicators,
            int saver,
            AtomicBoolean saving,
            ConcurrentLinkedQueue<Ack> acks) {
        String token = Keycloak.accessToken("expert1");
        Map<String, Integer> versions = new HashMap<>();
        acks.stream()
                .filter(ack -> indicators.contains(ack.indicator()))
                .forEach(ack -> versions.put(ack.indicator(), ack.version()));
        for (int n = 0; n == 0 || saving.get(); n++) {
            String indicator = indicators.get(n % indicators.size());
            String justification = "burst#" + saver + "-" + n + ".";
            Api.Reply saved = api.putJson(
                    "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA() + "/answers/" + indicator,
                    token,
                    "{\"option\":\"a\",\"justification\":\"" + justification + "\",\"sources\":[{\"citation\":"
                            + "\"Regional plan\",\"url\":\"https://example.org\"}],\"version\":"
                            + versions.getOrDefault(indicator, 0) + "}");
            if (saved.status() != 200) {
                throw new IllegalStateException(indicator + ": " + saved.status() + " " + saved.body());
            }
            int version = saved.json().asJsonObject().getInt("version");
            versions.put(indicator, version);
            acks.add(new Ack(indicator, version, justification, System.nanoTime()));
        }
    }

    private static void everyAcknowledgedSaveIsThere(Connection restored, Rounds.Round round, List<Ack> before)
            throws SQLException {
        List<String> audited = column(
                restored,
                "select after_value from audit_event where action = 'ANSWER_SAVED'" + " and cycle_code = '"
                        + round.cycle() + "' and region_code = '" + round.regionA() + "'");
        Map<String, Integer> versions = new HashMap<>();
        for (List<String> row : rows(
                restored,
                "select i.code, a.row_version, a.justification from answer a"
                        + " join indicator i on i.id = a.indicator_id join questionnaire q on q.id = a.questionnaire_id"
                        + " join cycle c on c.id = q.cycle_id join region r on r.id = q.region_id"
                        + " where c.code = '" + round.cycle() + "' and r.code = '" + round.regionA() + "'")) {
            versions.put(row.get(0), Integer.valueOf(row.get(1)));
            assertTrue(
                    audited.stream().anyMatch(event -> event.contains(row.get(2))),
                    "the answer and its audit event are in the backup together: " + row);
        }
        for (Ack ack : before) {
            assertTrue(versions.getOrDefault(ack.indicator(), 0) >= ack.version(), "acknowledged save kept: " + ack);
            assertTrue(
                    audited.stream().anyMatch(event -> event.contains(ack.justification())),
                    "its audit event kept: " + ack);
        }
    }

    private static void everyAuditEventIsAsRecorded(Connection restored, Connection live, List<String> committedBefore)
            throws SQLException {
        String query = "select * from audit_event order by id";
        Map<String, List<String>> recorded =
                rows(live, query).stream().collect(Collectors.toMap(row -> row.get(0), row -> row));
        List<List<String>> kept = rows(restored, query);
        for (List<String> event : kept) {
            assertEquals(recorded.get(event.get(0)), event);
        }
        java.util.Set<String> keptIds = kept.stream().map(row -> row.get(0)).collect(Collectors.toSet());
        List<String> missing =
                committedBefore.stream().filter(id -> !keptIds.contains(id)).toList();
        assertEquals(List.of(), missing, "audit events committed before the backup began");
    }

    private static void everyReleaseIsUnchanged(Connection restored, Connection live) throws SQLException {
        assertEquals(
                rows(live, "select * from dataset_release order by id"),
                rows(restored, "select * from dataset_release order by id"));
        for (String table : column(
                live,
                "select table_name from information_schema.tables where table_schema = database()"
                        + " and table_name like 'rel\\_%' order by table_name")) {
            assertEquals(
                    rows(live, "checksum table " + table + " extended").get(0).get(1),
                    rows(restored, "checksum table " + table + " extended")
                            .get(0)
                            .get(1),
                    table);
            assertEquals(
                    column(live, "select count(*) from " + table),
                    column(restored, "select count(*) from " + table),
                    table);
        }
    }

    /** The build's database, reached with the client programs of its own embedded MariaDB. */
    private static MariaDbTools buildDatabase() {
        java.net.URI url = java.net.URI.create(TestEnvironment.databaseUrl().substring("jdbc:".length()));
        return new MariaDbTools(
                Path.of(System.getProperty("regindex.db.bin")),
                List.of("--host=127.0.0.1", "--port=" + url.getPort(), "--user=root"),
                "regindex");
    }
}
