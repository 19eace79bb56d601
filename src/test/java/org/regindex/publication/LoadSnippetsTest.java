package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regindex.publication.control.LoadSnippets;
import org.regindex.release.TestFacts;
import org.regindex.release.control.CanonicalExport;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.ReleaseExports.Format;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * The snippets that load a release: the Python one runs with this machine's python3 against a local server that
 * serves a release's canonical content and scores table, and tells a wrong digest; all three name both addresses and
 * the digest.
 */
class LoadSnippetsTest {

    static final ReleaseContent CONTENT = TestFacts.content();
    static final ReleaseFacts FACTS = TestFacts.publishedWithDigest(CONTENT);

    private HttpServer server;
    private String base;

    @BeforeEach
    void serveTheRelease() throws IOException {
        Map<String, byte[]> files = Map.of(
                "/canonical", CanonicalExport.bytes(CONTENT),
                "/csv-wide", ReleaseExports.export(CONTENT, FACTS, "", Format.CSV_WIDE));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = files.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private LoadSnippets.Snippets snippets(String digest) {
        return LoadSnippets.of(digest, base + "/canonical", base + "/csv-wide");
    }

    record Run(int exit, String output) {}

    static Run python(String code) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("python3", "-c", code)
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException noPython) {
            Assumptions.abort("no python3 on this machine: " + noPython.getMessage());
            throw noPython;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), output);
    }

    @Test
    void thePythonSnippetChecksTheDigestAndLoadsOneRowPerRegion() throws Exception {
        Run run = python(snippets(FACTS.digest()).python());
        assertEquals(0, run.exit(), run.output());
        assertEquals("digest OK\n3 rows\n", run.output());
    }

    @Test
    void thePythonSnippetRefusesContentWhoseHashIsNotTheDigest() throws Exception {
        Run run = python(snippets("0".repeat(64)).python());
        assertNotEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("digest mismatch"), run.output());
    }

    @Test
    void everySnippetNamesBothAddressesAndTheDigest() {
        LoadSnippets.Snippets snippets = snippets(FACTS.digest());
        for (String code : List.of(snippets.python(), snippets.r(), snippets.stata())) {
            assertTrue(code.contains("\"" + base + "/canonical\""), code);
            assertTrue(code.contains("\"" + base + "/csv-wide\""), code);
            assertTrue(code.contains(FACTS.digest()), code);
        }
        assertTrue(snippets.r().contains("tools::sha256sum("), snippets.r());
        assertTrue(snippets.stata().contains("import delimited using scores.csv"), snippets.stata());
    }

    @Test
    void onlyADigestAndPlainAddressesGoIntoTheCode() {
        assertThrows(IllegalArgumentException.class, () -> LoadSnippets.of("ab12", base + "/a", base + "/b"));
        assertThrows(
                IllegalArgumentException.class,
                () -> LoadSnippets.of(FACTS.digest(), base + "/a\"); import os; (\"", base + "/b"));
    }
}
