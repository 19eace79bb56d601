package org.regindex.devserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The client programs that ship with the embedded MariaDB ({@code mariadb}, {@code mariadb-dump}),
 * run against one database of one server.
 *
 * @param bin        the folder with the programs
 * @param connection how to reach the server, as program options ({@code --socket=…}, {@code --user=…})
 * @param database   the database's name
 */
record MariaDbTools(Path bin, List<String> connection, String database) {

    /** Through the socket of a launcher's database, as the operating-system user who started it. */
    static MariaDbTools local(DataFolder folder, String database) {
        return new MariaDbTools(
                folder.base().resolve("bin"),
                List.of("--socket=" + DevDatabase.socket(folder), "--user=" + System.getProperty("user.name")),
                database);
    }

    /** A consistent snapshot (one transaction, so saves may go on meanwhile) with triggers, as SQL. */
    void dump(Path target) throws LauncherRefusal, IOException {
        List<String> command = command("mariadb-dump");
        command.addAll(List.of(
                "--single-transaction",
                "--quick",
                "--triggers",
                "--routines",
                "--events",
                "--hex-blob",
                "--default-character-set=utf8mb4",
                "--skip-dump-date",
                database));
        run(command, null, target);
    }

    /** The first column of the first row of a query, or an empty string. */
    String query(String sql) throws LauncherRefusal, IOException {
        List<String> command = command("mariadb");
        command.addAll(List.of("--batch", "--skip-column-names", "--execute=" + sql, database));
        Path out = Files.createTempFile("regindex-query", ".txt");
        try {
            run(command, null, out);
            String text = Files.readString(out, StandardCharsets.UTF_8).strip();
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Runs the SQL script that {@code script} reads, statement by statement, stopping at the first error. */
    void load(InputStream script) throws LauncherRefusal, IOException {
        List<String> command = command("mariadb");
        command.addAll(List.of("--default-character-set=utf8mb4", "--binary-mode", database));
        run(command, script, null);
    }

    private List<String> command(String program) {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(program).toString());
        command.addAll(connection);
        return command;
    }

    private static void run(List<String> command, InputStream input, Path output) throws LauncherRefusal, IOException {
        Path errors = Files.createTempFile("regindex-mariadb", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            builder.redirectOutput(
                    output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()));
            if (input == null) {
                builder.redirectInput(
                        ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            }
            Process process = builder.start();
            CompletableFuture<Void> feeding = input == null
                    ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> feed(input, process.getOutputStream()));
            int exit = process.waitFor();
            feeding.exceptionally(e -> null).join();
            if (exit != 0) {
                String said =
                        Files.readString(errors, StandardCharsets.UTF_8).strip().replace('\n', ' ');
                throw new LauncherRefusal(
                        Path.of(command.get(0)).getFileName() + " failed (exit " + exit + "): " + said);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static void feed(InputStream input, OutputStream process) {
        try (OutputStream out = process) {
            input.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the program stopped reading: its exit code says why
        }
    }
}
