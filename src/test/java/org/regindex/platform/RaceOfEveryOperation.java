package org.regindex.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.BadBodies;
import org.regindex.testsupport.DocumentedPaths;

/**
 * Every write operation the served OpenAPI document lists, as a request that can succeed: path parameters
 * from a round, the body from the operation's example or a sample of its schema ({@link BadBodies}), a
 * file where the body is one, and the token of the person who may call it. A new operation is raced by
 * being documented.
 */
final class RaceOfEveryOperation {

    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");

    /** One request to send many times at once. */
    record Request(String method, String path, String token, String mediaType, byte[] body) {

        Api.Reply send(Api api) {
            return api.send(method, path, token, mediaType, body);
        }

        String name() {
            return method + " " + path.replaceAll("\\?.*", "");
        }
    }

    /** Bodies the sample cannot guess: what a valid request of these operations carries. */
    private static final Map<String, String> BODIES = Map.of(
            "/api/v1/cycles/{cycle}/questionnaires/{region}/transitions", "{\"transition\":\"SUBMIT\"}",
            "/api/v1/releases/{version}/withdraw", "{\"reason\":\"Withdrawn in a race.\"}",
            "/api/v1/releases/{version}/doi", "{\"doi\":\"10.5072/race-1\"}",
            "/api/v1/cycles/{cycle}/assignments",
                    "{\"region\":\"%region%\",\"username\":\"reviewer2\",\"role\":\"reviewer\"}",
            "/api/v1/cycles/{cycle}/questionnaires/{region}/answers/{indicator}",
                    "{\"option\":\"a\",\"justification\":\"Raced.\",\"sources\":[],\"version\":0}",
            "/api/v1/cycles/{cycle}/questionnaires/{region}/answers/{indicator}/comments",
                    "{\"text\":\"Raced.\",\"kind\":\"COMMENT\"}",
            "/api/v1/regions", "{\"code\":\"%newregion%\",\"name\":\"Raced\",\"country\":\"DK\"}",
            "/api/v1/cycles",
                    "{\"code\":\"%cycle%-raced\",\"name\":\"Raced\",\"codebook\":{\"code\":\"%code%\",\"version\":1},"
                            + "\"deadline\":\"2028-06-30\",\"regions\":[\"%region%\"]}",
            "/api/v1/cycles/{cycle}/contributors", "[{\"name\":\"Raced Contributor\"}]",
            "/api/v1/cycles/{cycle}/releases", "{}");

    /** The evidence file every attach sends, and whose SHA-256 the removal names. */
    static final byte[] EVIDENCE = "Raced evidence.".getBytes(StandardCharsets.UTF_8);

    private RaceOfEveryOperation() {}

    static List<Request> requests(JsonObject document, Map<String, String> values) throws IOException {
        BadBodies samples = new BadBodies(document);
        byte[] codebook = Files.readAllBytes(Path.of("src/main/resources/reference/reference-codebook.csv"));
        List<Request> requests = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> operation :
                    path.getValue().asJsonObject().entrySet()) {
                if (!WRITES.contains(operation.getKey())) {
                    continue;
                }
                // The served document may name paths with the application's context root or without.
                String template = path.getKey().substring(path.getKey().indexOf("/api/"));
                JsonObject content = content(operation.getValue());
                String mediaType = null;
                byte[] body = new byte[0];
                if (content != null && content.containsKey("application/json")) {
                    mediaType = "application/json";
                    String known = BODIES.get(template);
                    JsonObject json = content.getJsonObject("application/json");
                    String text = known != null
                            ? known
                            : json.containsKey("example")
                                    ? json.get("example").toString()
                                    : samples.sample(json.getJsonObject("schema"), 0)
                                            .toString();
                    for (Map.Entry<String, String> value : values.entrySet()) {
                        text = text.replace("%" + value.getKey() + "%", value.getValue());
                    }
                    body = text.getBytes(StandardCharsets.UTF_8);
                } else if (content != null && template.endsWith("/evidence")) {
                    mediaType = "text/plain";
                    body = EVIDENCE;
                } else if (content != null) {
                    mediaType = template.contains("/codebooks/") ? "text/csv" : "application/octet-stream";
                    body = template.contains("/codebooks/") ? codebook : new byte[0];
                }
                requests.add(new Request(
                        operation.getKey().toUpperCase(Locale.ROOT),
                        DocumentedPaths.fill(template, values)
                                + (template.endsWith("/imports") ? "?fileName=race.csv&title=Race" : "")
                                + (template.endsWith("/evidence") ? "?name=race.txt" : ""),
                        DocumentedPaths.tokenFor(template),
                        mediaType,
                        body));
            }
        }
        // What removes things goes last, so that the other operations find what they act on.
        requests.sort(java.util.Comparator.comparing(request -> request.method().equals("DELETE")));
        return requests;
    }

    private static JsonObject content(JsonValue operation) {
        JsonObject requestBody = operation.asJsonObject().getJsonObject("requestBody");
        return requestBody == null ? null : requestBody.getJsonObject("content");
    }
}
