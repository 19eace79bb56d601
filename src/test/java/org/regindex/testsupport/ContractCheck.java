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
final class ContractCheck {

    private static final String DOCUMENT = "META-INF/openapi.yaml";
    private static final Map<String, OpenApiInteractionValidator> BY_CONTEXT = new ConcurrentHashMap<>();
    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("openapi.contract"));
    private static final Path REPORT = Path.of("target", "openapi-contract.txt");
    private static final List<String> UNCHECKED = List.of(
            "validation.request.path.missing",
            "validation.request.operation.notAllowed",
            "validation.response.path.missing");

    private ContractCheck() {}

    static void check(HttpResponse<String> response) {
        check(response, REPORT_ONLY, REPORT);
    }

    /** As {@link #check(HttpResponse)}, with the mode and the report file given (for ContractCheckTest). */
    static void check(HttpResponse<String> response, boolean reportOnly, Path reportFile) {
        URI uri = response.request().uri();
        String context = contextOf(uri.getPath());
        if (context == null) {
            return;
        }
        ValidationReport report = validator(context)
                .validateResponse(uri.getRawPath(), method(response.request().method()), simple(response));
        if (!report.hasErrors()) {
            return;
        }
        String mismatch = response.request().method() + " " + uri.getRawPath() + " -> " + response.statusCode() + ": "
                + report.getMessages().stream()
                        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                        .map(message -> message.getKey() + " " + message.getMessage())
                        .collect(Collectors.joining("; "))
                + "\n";
        append(reportFile, mismatch);
        if (!reportOnly) {
            throw new AssertionError(
                    "The answer does not match the OpenAPI document: " + mismatch + abbreviated(response.body()));
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

    private static SimpleResponse simple(HttpResponse<String> response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach((name, values) -> builder.withHeader(name, values));
        if (response.body() != null && !response.body().isEmpty()) {
            builder.withBody(response.body());
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
