package org.regindex.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for DataCite's REST API ({@code POST /dois}, {@code PUT /dois/{doi}}) for the whole
 * integration-test run, on the port the build reserved ({@code regindex.datacite.port}); the build points
 * the server's {@code DATACITE_URL} at it, with the repository, password and prefix below. These machines
 * cannot reach DataCite. It registers the DOIs of the releases a test {@linkplain #accept accepts},
 * lower-cased as DataCite does, refuses a second POST of the same DOI as taken, and refuses wrong
 * credentials; a test can make it refuse the next registration of one release. Every other registration
 * (of the releases other tests publish) is refused, so those releases stay without a DOI and their
 * citations and downloads are what they are without DataCite. It keeps every request it received.
 */
public final class DataCiteStandIn {

    public static final String REPOSITORY = "TEST.REGINDEX";
    public static final String PASSWORD = "stand-in-password";
    public static final String PREFIX = "10.5072";

    /** One request as received: method, path, the Authorization header and the JSON:API attributes sent. */
    public record Request(String method, String path, String contentType, String authorization, JsonObject attributes) {

        /** The DataCite XML sent, decoded from base64. */
        public String xml() {
            return new String(Base64.getDecoder().decode(attributes.getString("xml")), StandardCharsets.UTF_8);
        }
    }

    private record Refusal(int status, String body) {}

    private static final List<Request> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();
    private static final Map<String, Refusal> REFUSE_NEXT = new ConcurrentHashMap<>();
    private static final Set<String> ACCEPTED = ConcurrentHashMap.newKeySet();
    private static HttpServer server;

    private DataCiteStandIn() {}

    /** Starts the stand-in once per test JVM; nothing when the build reserved no port for it. */
    static synchronized void start() {
        String port = System.getProperty("regindex.datacite.port");
        if (server != null || port == null || port.isBlank()) {
            return;
        }
        try {
            server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(port.strip())), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("The DataCite stand-in cannot listen on port " + port, e);
        }
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "datacite-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", DataCiteStandIn::answer);
        server.start();
    }

    /** Registrations of this release's DOI (by its landing page) succeed from now on, unless refused next. */
    public static void accept(String version) {
        ACCEPTED.add(version);
    }

    /** The next registration whose landing page is that of this release is refused with this status and body. */
    public static void refuseNext(String version, int status, String body) {
        REFUSE_NEXT.put(version, new Refusal(status, body));
    }

    /** Every request so far for the release with this landing page version, oldest first. */
    public static List<Request> receivedFor(String version) {
        return RECEIVED.stream()
                .filter(request -> request.attributes().getString("url", "").endsWith("/releases/" + version))
                .toList();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        JsonObject attributes;
        try (InputStream in = exchange.getRequestBody()) {
            attributes = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .readObject()
                    .getJsonObject("data")
                    .getJsonObject("attributes");
        } catch (RuntimeException e) {
            send(exchange, 400, errors("data", "The body is not JSON:API."));
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        Request request = new Request(
                exchange.getRequestMethod(),
                URLDecoder.decode(path, StandardCharsets.UTF_8),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                attributes);
        RECEIVED.add(request);
        String expected = "Basic "
                + Base64.getEncoder().encodeToString((REPOSITORY + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(request.authorization())) {
            send(exchange, 401, errors("", "Bad credentials."));
            return;
        }
        String url = attributes.getString("url", "");
        String version = url.substring(url.lastIndexOf('/') + 1);
        Refusal refusal = REFUSE_NEXT.remove(version);
        if (refusal != null) {
            send(exchange, refusal.status(), refusal.body());
            return;
        }
        if (!ACCEPTED.contains(version)) {
            send(exchange, 403, errors("", "The stand-in registers only the releases a test accepts, not " + version));
            return;
        }
        String doi = attributes.getString("doi", "").toLowerCase(Locale.ROOT);
        boolean post = "POST".equals(request.method()) && "/dois".equals(path);
        boolean put = "PUT".equals(request.method()) && request.path().equalsIgnoreCase("/dois/" + doi);
        if (!post && !put) {
            send(exchange, 404, errors("", "The resource you are looking for doesn't exist."));
            return;
        }
        if (post && !REGISTERED.add(doi)) {
            send(exchange, 422, errors("doi", "This DOI has already been taken"));
            return;
        }
        REGISTERED.add(doi);
        send(
                exchange,
                post ? 201 : 200,
                Json.createObjectBuilder()
                        .add(
                                "data",
                                Json.createObjectBuilder()
                                        .add("id", doi)
                                        .add("type", "dois")
                                        .add(
                                                "attributes",
                                                Json.createObjectBuilder()
                                                        .add("doi", doi)
                                                        .add("state", "findable")
                                                        .add("url", url)))
                        .build()
                        .toString());
    }

    public static String errors(String source, String title) {
        return Json.createObjectBuilder()
                .add(
                        "errors",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("source", source)
                                        .add("title", title)))
                .build()
                .toString();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.api+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
