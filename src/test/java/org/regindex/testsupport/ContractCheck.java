package org.regindex.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every API answer a test receives is checked against the OpenAPI document the server serves (read from
 * the same file, {@code META-INF/openapi.yaml}), by Atlassian's swagger-request-validator: a status,
 * header or body the document does not describe fails the test that received it, so the document and the
 * server cannot drift apart. Paths and methods the document does not have are not checked (tests call
 * unknown ones on purpose). With {@code -Dopenapi.contract=report} mismatches are only written to
 * {@code target/openapi-contract.txt}.
 */
public final class ContractCheck {

    private static final String DOCUMENT = "META-INF/openapi.yaml";
    private static final Map<String, OpenApiInteractionValidator> BY_CONTEXT = new ConcurrentHashMap<>();
    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("openapi.contract"));
    private static final Path REPORT = Path.of("target", "openapi-contract.txt");
    private static final List<String> UNCHECKED = List.of(
            "validation.request.path.missing",
            "validation.request.operation.notAllowed",
            "validation.response.path.missing");

    private ContractCheck() {}

    /** For the few tests that send a request of their own instead of through {@link Api}. */
    public static void check(HttpResponse<String> response) {
        check(response, REPORT_ONLY, REPORT);
    }

    /**
     * A download: its status, headers and media type are checked, and a JSON or text body as text; other bodies
     * are handed on as Latin-1 characters, which the validator does not read against a binary schema.
     */
    public static void checkDownload(HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        boolean text =
                type.contains("json") || type.startsWith("text/") || type.contains("xml") || type.contains("yaml");
        String body = new String(
                response.body() == null ? new byte[0] : response.body(),
                text ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        check(response.request(), response.statusCode(), response.headers().map(), body, REPORT_ONLY, REPORT);
    }

    /** As {@link #check(HttpResponse)}, with the mode and the report file given (for ContractCheckTest). */
    static void check(HttpResponse<String> response, boolean reportOnly, Path reportFile) {
        check(
                response.request(),
                response.statusCode(),
                response.headers().map(),
                response.body(),
                reportOnly,
                reportFile);
    }

    private static void check(
            HttpRequest request,
            int status,
            Map<String, List<String>> headers,
            String body,
            boolean reportOnly,
            Path reportFile) {
        URI uri = request.uri();
        String context = contextOf(uri.getPath());
        if (context == null) {
            return;
        }
        ValidationReport report = validator(context)
                .validateResponse(uri.getRawPath(), method(request.method()), simple(status, headers, body));
        if (!report.hasErrors()) {
            return;
        }
        String mismatch = request.method() + " " + uri.getRawPath() + " -> " + status + ": "
                + report.getMessages().stream()
                        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                        .map(message -> message.getKey() + " " + message.getMessage())
                        .collect(Collectors.joining("; "))
                + "\n";
        append(reportFile, mismatch);
        if (!reportOnly) {
            throw new AssertionError("The answer does not match the OpenAPI document: " + mismatch + abbreviated(body));
        }
    }

    /** The application's context path ("" or "/regindex") of an API address; null for any other address. */
    static String contextOf(String path) {
        int api = path.indexOf("/api/");
        return api < 0 || path.startsWith("/api/docs", api) ? null : path.substring(0, api);
    }

    private static OpenApiInteractionValidator validator(String context) {
        return BY_CONTEXT.computeIfAbsent(context, key -> {
            LevelResolver.Builder levels = LevelResolver.create();
            UNCHECKED.forEach(unchecked -> levels.withLevel(unchecked, ValidationReport.Level.IGNORE));
            return OpenApiInteractionValidator.createForInlineApiSpecification(document())
                    .withBasePathOverride(key.isEmpty() ? "/" : key)
                    .withLevelResolver(levels.build())
                    .build();
        });
    }

    private static SimpleResponse simple(int status, Map<String, List<String>> headers, String body) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> builder.withHeader(name, values));
        if (body != null && !body.isEmpty()) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static Request.Method method(String name) {
        return Request.Method.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static String document() {
        try (InputStream in = ContractCheck.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void append(Path reportFile, String mismatch) {
        try {
            Files.createDirectories(reportFile.toAbsolutePath().getParent());
            Files.writeString(reportFile, mismatch, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 300 ? String.valueOf(body) : body.substring(0, 300) + "...";
    }
}
