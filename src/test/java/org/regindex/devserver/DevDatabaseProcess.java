package org.regindex.devserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The launcher's database as the launcher runs it, a process of its own, for tests. */
final class DevDatabaseProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final List<String> output = new ArrayList<>();
    private final CompletableFuture<String> ready = new CompletableFuture<>();

    private DevDatabaseProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(this::read, "dev-database-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the database on {@code home} and a free port, without waiting for it. */
    static DevDatabaseProcess start(Path home) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classpath,
                        DevDatabase.class.getName(),
                        home.toString(),
                        Integer.toString(port))
                .redirectErrorStream(true)
                .start();
        return new DevDatabaseProcess(process, port);
    }

    /** Starts it and waits until it accepts connections; fails with its output otherwise. */
    static DevDatabaseProcess started(Path home) throws IOException {
        DevDatabaseProcess db = start(home);
        db.awaitReady();
        return db;
    }

    String awaitReady() {
        try {
            return ready.get(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("the database did not start: " + output(), e);
        }
    }

    /** Waits for the process to end by itself (a refused start) and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("still running: " + output());
        }
        return process.exitValue();
    }

    int port() {
        return port;
    }

    Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/regindex", user, password);
    }

    synchronized String output() {
        return String.join("\n", output);
    }

    /** As {@code ./regindex stop} does: SIGTERM, and MariaDB shuts down cleanly. */
    void stop() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        awaitGone(children);
    }

    /** As a power cut does: SIGKILL to the launcher's JVM and to MariaDB at once. */
    void kill() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        awaitGone(children);
    }

    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                stop();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitGone(List<ProcessHandle> children) throws InterruptedException {
        process.waitFor(2, TimeUnit.MINUTES);
        for (ProcessHandle child : children) {
            child.onExit().orTimeout(2, TimeUnit.MINUTES).join();
        }
    }

    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (this) {
                    output.add(line);
                }
                if (line.startsWith(DevDatabase.READY)) {
                    ready.complete(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ready.completeExceptionally(new IllegalStateException("the database process ended"));
        }
    }
}
