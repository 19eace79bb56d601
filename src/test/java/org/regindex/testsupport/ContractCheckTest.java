package org.regindex.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract check of the integration tests fails on an answer the OpenAPI document does not describe. */
class ContractCheckTest {

    private static final String ME = "http://localhost:8080/regindex/api/v1/me";

    @TempDir
    Path dir;

    @Test
    void anAnswerAsDocumentedPasses() {
        Path report = dir.resolve("contract.txt");
        ContractCheck.check(
                answer(
                        ME,
                        200,
                        "application/json",
                        "{\"username\":\"e1\",\"name\":\"E\",\"email\":\"\",\"roles\":[\"expert\"]}"),
                false,
                report);
        assertFalse(Files.exists(report));
    }

    @Test
    void aBodyThatContradictsTheDocumentFails() throws IOException {
        Path report = dir.resolve("contract.txt");
        AssertionError error = assertThrows(
                AssertionError.class,
                () -> ContractCheck.check(
                        answer(ME, 200, "application/json", "{\"username\":5,\"roles\":[\"pilot\"]}"), false, report));
        assertTrue(error.getMessage().contains("GET /regindex/api/v1/me -> 200"), error.getMessage());
        assertTrue(error.getMessage().contains("validation.response.body.schema"), error.getMessage());
        assertTrue(Files.readString(report).contains("GET /regindex/api/v1/me -> 200"));
    }

    @Test
    void anUndocumentedStatusFailsAndReportModeOnlyWritesItDown() throws IOException {
        Path report = dir.resolve("contract.txt");
        HttpResponse<String> teapot = answer(
                ME, 418, "application/problem+json", "{\"type\":\"about:blank\",\"title\":\"Teapot\",\"status\":418}");
        assertThrows(AssertionError.class, () -> ContractCheck.check(teapot, false, report));
        ContractCheck.check(teapot, true, report);
        List<String> lines = Files.readAllLines(report);
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).contains("418"), lines.get(1));
    }

    @Test
    void addressesOutsideTheApiAreNotChecked() {
        Path report = dir.resolve("contract.txt");
        ContractCheck.check(
                answer("http://localhost:8080/regindex/explore/", 200, "text/html", "<p>page</p>"), false, report);
        assertFalse(Files.exists(report));
    }

    private static HttpResponse<String> answer(String address, int status, String type, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).GET().build();
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", List.of(type)), (name, value) -> true);
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                return request;
            }

            @Override
            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return headers;
            }

            @Override
            public String body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return request.uri();
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
