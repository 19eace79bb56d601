package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regindex.release.control.DataCiteClient;
import org.regindex.release.control.DataCiteClient.Outcome;
import org.regindex.release.control.DataCiteClient.Settings;
import org.regindex.release.control.DataCiteXml;

/**
 * The DataCite client against a stand-in of DataCite's REST API on this machine (these machines cannot
 * reach DataCite): what it sends, and what it makes of a registration, a refusal, a server error, no
 * answer in time and no connection.
 */
class DataCiteClientTest {

    record Received(String method, String path, String contentType, String authorization, String body) {}

    private HttpServer server;
    private final AtomicReference<Received> received = new AtomicReference<>();
    private volatile int status = 201;
    private volatile String answer = "";
    private volatile long delayMillis;

    @BeforeEach
    void aStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            received.set(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", DataCiteClient.JSON_API);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private DataCiteClient client(String url) {
        return new DataCiteClient(
                new Settings(url, "TEST.REGINDEX", "s3cret:pass", "10.5072"),
                Duration.ofSeconds(2),
                Duration.ofMillis(800));
    }

    private DataCiteClient client() {
        return client("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static byte[] xml() {
        return DataCiteXml.bytes(ReleaseDiffTest.CORRECTION, TestFacts.correctionWithDoi());
    }

    @Test
    void aNewDoiIsPostedAsJsonApiWithTheXmlInBase64AndBasicAuthentication() {
        answer = "{\"data\":{\"id\":\"10.5072/regindex-1.1-cd34\",\"type\":\"dois\","
                + "\"attributes\":{\"doi\":\"10.5072/regindex-1.1-cd34\",\"state\":\"findable\"}}}";
        Outcome outcome =
                client().register("10.5072/Regindex-1.1-CD34", false, "https://regindex.example/releases/1.1", xml());

        assertTrue(outcome.registered(), outcome.message());
        assertEquals("10.5072/regindex-1.1-cd34", outcome.doi(), "the DOI as DataCite answers it");
        Received request = received.get();
        assertEquals("POST", request.method());
        assertEquals("/dois", request.path());
        assertEquals("application/vnd.api+json", request.contentType());
        assertEquals(
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString("TEST.REGINDEX:s3cret:pass".getBytes(StandardCharsets.UTF_8)),
                request.authorization());
        JsonObject data =
                Json.createReader(new StringReader(request.body())).readObject().getJsonObject("data");
        assertEquals("dois", data.getString("type"));
        JsonObject attributes = data.getJsonObject("attributes");
        assertEquals("10.5072/Regindex-1.1-CD34", attributes.getString("doi"));
        assertEquals("publish", attributes.getString("event"));
        assertEquals("https://regindex.example/releases/1.1", attributes.getString("url"));
        assertEquals(
                new String(xml(), StandardCharsets.UTF_8),
                new String(Base64.getDecoder().decode(attributes.getString("xml")), StandardCharsets.UTF_8));
    }

    @Test
    void aDoiDataCiteMayKnowIsPutAtItsAddress() {
        answer = "{\"data\":{\"attributes\":{}}}";
        status = 200;
        Outcome outcome = client().register("10.5072/a b#1", true, "https://regindex.example/releases/1.1", xml());
        assertTrue(outcome.registered());
        assertEquals("10.5072/a b#1", outcome.doi(), "the DOI sent, when the answer names none");
        assertEquals("PUT", received.get().method());
        assertEquals("/dois/10.5072/a%20b%231", received.get().path());
    }

    @Test
    void aRefusalGivesDataCitesOwnSentence() {
        status = 422;
        answer = "{\"errors\":[{\"source\":\"doi\",\"title\":\"This DOI has already been taken\","
                + "\"uid\":\"10.5072/regindex-1.1-cd34\"}]}";
        Outcome outcome =
                client().register("10.5072/regindex-1.1-cd34", false, "https://r.example/releases/1.1", xml());
        assertFalse(outcome.registered());
        assertEquals(
                "DataCite refused the DOI 10.5072/regindex-1.1-cd34 (422): doi: This DOI has already been taken.",
                outcome.message());
    }

    @Test
    void aServerErrorSaysSoWithoutItsPage() {
        status = 500;
        answer = "<html><body>Internal Server Error</body></html>";
        Outcome outcome = client().register("10.5072/x", false, "https://r.example/releases/1.1", xml());
        assertFalse(outcome.registered());
        assertEquals(
                "DataCite answered 500, an error on its side, for the DOI 10.5072/x; retry later.", outcome.message());
    }

    @Test
    void noAnswerInTimeIsAFailureThatSaysTheDoiMayExist() {
        delayMillis = 3000;
        long started = System.nanoTime();
        Outcome outcome = client().register("10.5072/x", false, "https://r.example/releases/1.1", xml());
        assertFalse(outcome.registered());
        assertTrue(System.nanoTime() - started < 2_500_000_000L, "the client gave up after its timeout");
        assertEquals(
                "DataCite did not answer within 800 ms; the DOI 10.5072/x may or may not be registered:"
                        + " retry the registration.",
                outcome.message());
    }

    @Test
    void noConnectionIsAFailureThatNamesTheAddress() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Outcome outcome = client("http://127.0.0.1:" + closed)
                .register("10.5072/x", false, "https://r.example/releases/1.1", xml());
        assertFalse(outcome.registered());
        assertTrue(
                outcome.message().startsWith("DataCite could not be reached at http://127.0.0.1:" + closed),
                outcome.message());
    }

    @Test
    void withoutRepositoryPasswordOrPrefixTheClientIsOff() {
        assertTrue(new Settings("https://api.test.datacite.org/", "R", "p", "10.5072").configured());
        assertEquals(
                "https://api.test.datacite.org",
                new Settings("https://api.test.datacite.org/", "R", "p", "10.5072").url());
        assertFalse(new Settings("https://api.test.datacite.org", "", "p", "10.5072").configured());
        assertFalse(new Settings("https://api.test.datacite.org", "R", "", "10.5072").configured());
        assertFalse(new Settings("https://api.test.datacite.org", "R", "p", " ").configured());
    }
}
