package org.regindex.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.regindex.devserver.SqlRows.rows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every database that an earlier version of Regindex made (a backup of it is kept in
 * {@code src/test/resources/upgrade-fixtures/}) is migrated by this version without losing anything:
 * the schema reaches the newest migration, every row of every table is still there with the values it
 * had, every release's digest still verifies against its download, and the published files whose
 * checksums were recorded with the fixture are byte for byte the same.
 */
class UpgradeFromFixtureIT {

    private static final Path FIXTURES = Path.of("src/test/resources/upgrade-fixtures");

    static Stream<Path> fixtures() throws IOException {
        List<Path> found;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            found = files.filter(file -> file.toString().endsWith(".zip"))
                    .sorted()
                    .toList();
        }
        assertFalse(found.isEmpty(), "no fixture in " + FIXTURES);
        return found.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void thisVersionMigratesTheDatabaseOfAnEarlierOneLosingNothing(Path fixture) throws Exception {
        Path home = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "upgrade-");
        try (DevDatabaseProcess db = DevDatabaseProcess.started(home)) {
            Backups.restore(MariaDbTools.local(new DataFolder(home), "regindex"), fixture, null);
            Map<String, Table> before;
            try (Connection owner = db.connect("regindex_owner", "regindex_owner")) {
                before = tables(owner);
            }
            Map<String, String> environment = Map.of(
                    "DB_URL",
                    "jdbc:mariadb://localhost:" + db.port() + "/regindex",
                    "DB_USER",
                    "regindex",
                    "DB_PASSWORD",
                    "regindex",
                    "DB_OWNER_USER",
                    "regindex_owner",
                    "DB_OWNER_PASSWORD",
                    "regindex_owner");
            try (PayaraProcess app = PayaraProcess.started(environment, home.resolve("payara.log"));
                    Connection owner = db.connect("regindex_owner", "regindex_owner")) {
                assertEquals(
                        newestMigration(),
                        rows(
                                        owner,
                                        "select version from flyway_schema_history where version is not null"
                                                + " order by installed_rank desc limit 1")
                                .get(0)
                                .get(0));
                assertEquals(
                        0,
                        rows(owner, "select * from flyway_schema_history where success = 0")
                                .size());
                for (Table table : before.values()) {
                    assertEquals(
                            table.rows(),
                            rows(owner, table.select()),
                            "rows of " + table.name() + " after the migration");
                }
                everyDigestVerifies(app);
                everyRecordedFileIsUnchanged(app, fixture);
            }
        }
    }

    private static void everyDigestVerifies(PayaraProcess app) throws Exception {
        List<JsonObject> releases = Json.createReader(
                        new ByteArrayInputStream(app.get("api/v1/releases").body()))
                .readArray()
                .getValuesAs(JsonObject.class);
        assertFalse(releases.isEmpty(), "the fixture has a published release");
        for (JsonObject release : releases) {
            HttpResponse<byte[]> json = app.get("api/v1/releases/" + release.getString("version") + "/download/json");
            assertEquals(200, json.statusCode());
            JsonObject content = Json.createReader(new ByteArrayInputStream(json.body()))
                    .readObject()
                    .getJsonObject("content");
            ByteArrayOutputStream canonical = new ByteArrayOutputStream();
            try (JsonWriter writer = Json.createWriter(canonical)) {
                writer.writeObject(content);
            }
            assertEquals(
                    release.getString("digest"),
                    BackupFile.sha256(new ByteArrayInputStream(canonical.toByteArray())),
                    "digest of release " + release.getString("version"));
        }
    }

    /** {@code FIXTURE.downloads.sha256} is {@code sha256sum} output: a checksum, two spaces, {@code VERSION/FORMAT}. */
    private static void everyRecordedFileIsUnchanged(PayaraProcess app, Path fixture) throws Exception {
        Path sums = fixture.resolveSibling(fixture.getFileName().toString().replace(".zip", ".downloads.sha256"));
        for (String line : Files.readAllLines(sums)) {
            String[] parts = line.split(" {2}");
            HttpResponse<byte[]> file = app.get("api/v1/releases/" + parts[1].replace("/", "/download/"));
            assertEquals(200, file.statusCode(), parts[1]);
            assertEquals(
                    parts[0],
                    BackupFile.sha256(new ByteArrayInputStream(file.body())),
                    parts[1] + " is byte for byte the same");
        }
    }

    private static String newestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max(Integer::compare)
                    .orElseThrow()
                    .toString();
        }
    }

    /** A table as it was: its columns then, and its rows in key order. */
    record Table(String name, String select, List<List<String>> rows) {}

    private static Map<String, Table> tables(Connection db) throws SQLException {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (List<String> row : rows(
                db,
                "select t.table_name, group_concat(c.column_name order by c.ordinal_position),"
                        + " (select group_concat(k.column_name order by k.ordinal_position) from information_schema.key_column_usage k"
                        + "   where k.table_schema = t.table_schema and k.table_name = t.table_name and k.constraint_name = 'PRIMARY')"
                        + " from information_schema.tables t join information_schema.columns c"
                        + "   on c.table_schema = t.table_schema and c.table_name = t.table_name"
                        + " where t.table_schema = database() and t.table_type = 'BASE TABLE' and t.table_name <> 'flyway_schema_history'"
                        + " group by t.table_name order by t.table_name")) {
            String select = "select " + row.get(1) + " from " + row.get(0) + " order by "
                    + (row.get(2) == null ? row.get(1) : row.get(2));
            tables.put(row.get(0), new Table(row.get(0), select, rows(db, select)));
        }
        assertTrue(
                tables.containsKey("audit_event") && tables.containsKey("dataset_release"),
                tables.keySet().toString());
        return tables;
    }
}
