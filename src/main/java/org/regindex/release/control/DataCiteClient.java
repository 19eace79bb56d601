package org.regindex.release.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Registers a DOI through DataCite's REST API: {@code POST {url}/dois} for a new one, {@code PUT
 * {url}/dois/{doi}} for one DataCite may know already (which creates it when it does not), each with the
 * DOI, {@code event: publish}, the landing page and the DataCite XML in base64, as JSON:API with basic
 * authentication. Every failure (a refusal, a server error, no answer in time, no connection) becomes an
 * {@link Outcome} with one sentence a coordinator can act on; nothing is thrown.
 */
public final class DataCiteClient {

    public static final String JSON_API = "application/vnd.api+json";

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** Where and as whom to register; the client is off while repository, password or prefix is empty. */
    public record Settings(String url, String repository, String password, String prefix) {

        public Settings {
            url = url == null ? "" : url.strip().replaceAll("/+$", "");
            repository = repository == null ? "" : repository.strip();
            password = password == null ? "" : password;
            prefix = prefix == null ? "" : prefix.strip();
        }

        public boolean configured() {
            return !url.isEmpty() && !repository.isEmpty() && !password.isEmpty() && !prefix.isEmpty();
        }
    }

    /** What DataCite answered: the DOI as it registered it, or why it did not ({@code message}). */
    public record Outcome(boolean registered, String doi, String message) {

        static Outcome registered(String doi) {
            return new Outcome(true, doi, null);
        }

        static Outcome failed(String doi, String message) {
            return new Outcome(false, doi, message);
        }
    }

    private final Settings settings;
    private final HttpClient http;
    private final Duration timeout;

    public DataCiteClient(Settings settings, Duration connectTimeout, Duration timeout) {
        this.settings = settings;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Registers (or updates) {@code doi} to resolve to {@code landingUrl} with this metadata. */
    public Outcome register(String doi, boolean update, String landingUrl, byte[] xml) {
        String body = JSON.createObjectBuilder()
                .add(
                        "data",
                        JSON.createObjectBuilder()
                                .add("type", "dois")
                                .add(
                                        "attributes",
                                        JSON.createObjectBuilder()
                                                .add("doi", doi)
                                                .add("event", "publish")
                                                .add("url", landingUrl)
                                                .add("xml", Base64.getEncoder().encodeToString(xml))))
                .build()
                .toString();
        URI target = URI.create(settings.url() + "/dois" + (update ? "/" + path(doi) : ""));
        HttpRequest.BodyPublisher content = HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Content-Type", JSON_API)
                .header("Accept", JSON_API)
                .header("Authorization", basic())
                .method(update ? "PUT" : "POST", content)
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return Outcome.registered(answeredDoi(response.body(), doi));
            }
            return Outcome.failed(doi, refusal(doi, response.statusCode(), response.body()));
        } catch (HttpTimeoutException e) {
            return Outcome.failed(
                    doi,
                    "DataCite did not answer within " + within() + "; the DOI " + doi
                            + " may or may not be registered: retry the registration.");
        } catch (ConnectException e) {
            return Outcome.failed(
                    doi, "DataCite could not be reached at " + settings.url() + " (" + reason(e) + "); retry later.");
        } catch (IOException e) {
            return Outcome.failed(
                    doi,
                    "Sending the DOI " + doi + " to DataCite at " + settings.url() + " failed: " + reason(e) + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(doi, "The registration of " + doi + " was interrupted; retry it.");
        }
    }

    private String within() {
        return timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
    }

    private String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (settings.repository() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
    }

    /** DataCite answers the DOI as it stores it (in lower case); the one sent when the answer does not say. */
    private static String answeredDoi(String body, String sent) {
        JsonValue answer = parse(body);
        if (answer instanceof JsonObject object
                && object.get("data") instanceof JsonObject data
                && data.get("attributes") instanceof JsonObject attributes) {
            String doi = text(attributes, "doi");
            return doi.isBlank() ? sent : doi;
        }
        return sent;
    }

    /** "DataCite refused the DOI ... (422): doi: This DOI has already been taken." from the JSON:API errors, or the status. */
    static String refusal(String doi, int status, String body) {
        List<String> errors = new ArrayList<>();
        if (parse(body) instanceof JsonObject object && object.get("errors") instanceof JsonArray list) {
            for (JsonValue item : list) {
                if (item instanceof JsonObject error) {
                    String title = text(error, "title").isBlank() ? text(error, "detail") : text(error, "title");
                    String source = text(error, "source");
                    if (!title.isBlank()) {
                        errors.add(source.isBlank() ? title : source + ": " + title);
                    }
                }
            }
        }
        String said = String.join("; ", errors);
        if (said.isEmpty()) {
            return "DataCite answered " + status + (status >= 500 ? ", an error on its side," : "") + " for the DOI "
                    + doi + "; retry later.";
        }
        return "DataCite refused the DOI " + doi + " (" + status + "): " + (said.endsWith(".") ? said : said + ".");
    }

    /** The JSON of an answer, or null when it is not JSON (a proxy's HTML page, nothing). */
    private static JsonValue parse(String body) {
        try {
            return READERS.createReader(new StringReader(body)).readValue();
        } catch (JsonException e) {
            return null;
        }
    }

    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString value ? value.getString().strip() : "";
    }

    private static String reason(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The DOI in the path: its slash stays, anything else outside the unreserved characters is percent-encoded. */
    static String path(String doi) {
        StringBuilder path = new StringBuilder();
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                path.append(c);
            } else {
                path.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return path.toString();
    }
}
