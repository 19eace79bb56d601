package org.regindex.devserver;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.regindex.testsupport.TestEnvironment;

/** The built war on a Payara Micro of its own, against a database of the test's choosing. */
final class PayaraProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private final URI base;

    private PayaraProcess(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** Starts the app with these extra environment variables and waits until it is ready. */
    static PayaraProcess started(Map<String, String> environment, Path log) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path tmp = Files.createDirectories(
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-Djava.io.tmpdir=" + tmp,
                        "-jar",
                        System.getProperty("payara.microJar"),
                        "--deploy",
                        TestEnvironment.warFile(),
                        "--contextroot",
                        "/",
                        "--port",
                        Integer.toString(port),
                        "--nocluster")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("OIDC_PROVIDER_URI", TestEnvironment.realmUrl());
        builder.environment().put("OIDC_CLIENT_SECRET", TestEnvironment.clientSecret());
        builder.environment().put("DEMO_DATA", "false");
        // Files that cite a release name the public address; the one the fixtures' checksums were recorded with.
        builder.environment().put("PUBLIC_BASE_URL", "http://localhost:8080");
        builder.environment().putAll(environment);
        PayaraProcess app = new PayaraProcess(builder.start(), log, URI.create("http://localhost:" + port + "/"));
        app.awaitReady();
        return app;
    }

    URI base() {
        return base;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped while starting; see " + log);
            }
            try {
                if (get("health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the app was not ready within 4 minutes; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
