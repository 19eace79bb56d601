package org.regindex.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Debian's nginx (the package {@code nginx-light}, which {@code .ci/run} installs) started from a temporary folder
 * with the shipped {@code deploy/nginx/regindex-proxy.conf} in front of the test server, on a free port.
 */
public final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");
    private static final Path SHIPPED = Path.of("deploy/nginx/regindex-proxy.conf");

    private final Process process;
    private final int port;
    private final String path;

    private Nginx(Process process, int port, String path) {
        this.process = process;
        this.port = port;
        this.path = path;
    }

    /** nginx proxying to the server at {@code app}, caching as the shipped file says. */
    public static Nginx inFrontOf(URL app) {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("nginx is not installed: apt-get install nginx-light (.ci/run does)");
        }
        try {
            URI upstream = URI.create(TestEnvironment.onLocalhost(app));
            Path folder = Files.createTempDirectory("regindex-nginx");
            int port = freePort();
            Path config = folder.resolve("nginx.conf");
            Files.writeString(config, configuration(folder, port, upstream));
            Process process = new ProcessBuilder(
                            BINARY.toString(),
                            "-e",
                            folder.resolve("error.log").toString(),
                            "-p",
                            folder.toString(),
                            "-c",
                            config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("output.log").toFile())
                    .start();
            Nginx nginx = new Nginx(process, port, upstream.getPath());
            nginx.awaitListening(folder);
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String configuration(Path folder, int port, URI upstream) {
        return """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                events { worker_connections 512; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    proxy_cache_path %1$s/cache levels=1:2 keys_zone=regindex:10m use_temp_path=off;
                    upstream regindex_app { server %2$s:%3$d; keepalive 8; }
                    server {
                        listen 127.0.0.1:%4$d;
                        include %5$s;
                    }
                }
                """.formatted(folder, "127.0.0.1", upstream.getPort(), port, SHIPPED.toAbsolutePath());
    }

    private void awaitListening(Path folder) throws IOException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(folder.resolve("output.log")) + " "
                        + (Files.exists(folder.resolve("error.log"))
                                ? Files.readString(folder.resolve("error.log"))
                                : ""));
            }
            try {
                new java.net.Socket("127.0.0.1", port).close();
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port + " within 10 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The address of the application through nginx. */
    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + path).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
