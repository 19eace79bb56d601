package org.regindex.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.DatabaseMigration;

/**
 * Two app instances starting at once against one empty database: every migration is applied exactly once and
 * successfully, and both starts succeed (they take turns on Flyway's lock, migration by migration).
 */
class TwoStartsMigrateOnceIT {

    private static final int STARTS = 2;

    @Test
    void instancesStartingAtOnceMigrateTheSchemaOnce() throws Exception {
        Path home = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "two-starts-");
        try (DevDatabaseProcess db = DevDatabaseProcess.started(home)) {
            String url = "jdbc:mariadb://localhost:" + db.port() + "/regindex";
            ExecutorService instances = Executors.newFixedThreadPool(STARTS);
            CountDownLatch together = new CountDownLatch(STARTS);
            List<CompletableFuture<MigrateResult>> starts = new ArrayList<>();
            for (int i = 0; i < STARTS; i++) {
                starts.add(CompletableFuture.supplyAsync(
                        () -> {
                            together.countDown();
                            try {
                                together.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new IllegalStateException(e);
                            }
                            return DatabaseMigration.apply(
                                    Flyway.configure(getClass().getClassLoader())
                                            .dataSource(url, "regindex_owner", "regindex_owner"));
                        },
                        instances));
            }
            List<MigrateResult> results =
                    starts.stream().map(CompletableFuture::join).toList();
            instances.shutdown();

            long migrations;
            try (Connection owner = db.connect("regindex_owner", "regindex_owner");
                    Statement statement = owner.createStatement()) {
                migrations = count(statement, "select count(*) from flyway_schema_history where version is not null");
                assertEquals(
                        migrations,
                        count(statement, "select count(distinct version) from flyway_schema_history"),
                        "each migration once");
                assertEquals(0, count(statement, "select count(*) from flyway_schema_history where success = 0"));
            }
            assertEquals(
                    migrations,
                    results.stream()
                            .mapToLong(result -> result.migrationsExecuted)
                            .sum(),
                    "the starts took turns (Flyway locks each migration): together they applied each once");
        }
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
