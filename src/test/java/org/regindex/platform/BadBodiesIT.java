package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.BadBodies;
import org.regindex.testsupport.DocumentedPaths;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestDatabase;

/**
 * Every write operation of the OpenAPI document gets the table of bad bodies ({@link BadBodies}) built from
 * its request schema, and answers each with a 4xx problem; afterwards the database is as before. A new
 * endpoint is covered by being documented.
 */
@ExtendWith(ArquillianExtension.class)
class BadBodiesIT {

    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");

    @ArquillianResource
    URL base;

    private record Target(String method, String path, String token) {}

    @Test
    void everyWriteOperationRefusesEveryBadBodyWithAProblemAndStoresNothing() throws IOException {
        Api api = new Api(base);
        Rounds.Round round = new Rounds(api).create();
        String coordinator = Keycloak.accessToken("coordinator");
        round.approve(round.regionB(), "expert2", "reviewer2", "a");
        Api.Reply frozen =
                api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{\"title\":\"Bad bodies\"}");
        assertEquals(201, frozen.status(), frozen.body());
        Map<String, String> values = Map.of(
                "cycle", round.cycle(),
                "region", round.regionA(),
                "code", round.codebook(),
                "indicator", "LAB-ACT-01",
                "username", "expert1",
                "id", "1",
                "release", frozen.json().asJsonObject().getString("version"));

        JsonObject document = api.get("/openapi?format=JSON", null, "Accept", "application/json")
                .json()
                .asJsonObject();
        BadBodies table = new BadBodies(document);
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        int operations = 0;
        for (String person : List.of("coordinator", "expert1", "reviewer1")) {
            assertEquals(200, api.get("api/v1/me", Keycloak.accessToken(person)).status()); // recorded as people now
        }
        String before = TestDatabase.contentFingerprint();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> operation :
                    path.getValue().asJsonObject().entrySet()) {
                if (!WRITES.contains(operation.getKey())) {
                    continue; // also path-level "parameters"
                }
                JsonObject schema = jsonRequestSchema(operation.getValue());
                if (schema == null) {
                    continue;
                }
                operations++;
                Target target = new Target(
                        operation.getKey().toUpperCase(java.util.Locale.ROOT),
                        DocumentedPaths.fill(path.getKey(), values),
                        DocumentedPaths.tokenFor(path.getKey()));
                JsonValue example = example(operation.getValue());
                for (BadBodies.Case bad : table.cases(schema, example)) {
                    sent++;
                    check(api, target, bad.name(), "application/json", bad.body(), bad.status(), bad.exact(), wrong);
                }
                byte[] valid = (example != null ? example : table.sample(schema, 0))
                        .toString()
                        .getBytes(StandardCharsets.UTF_8);
                check(api, target, "text/plain", "text/plain", valid, 415, true, wrong);
                check(api, target, "no media type", null, valid, 415, true, wrong);
                byte[] huge = ("{\"x\":\"" + "x".repeat(1 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
                check(api, target, "more than a megabyte", "application/json", huge, 413, true, wrong);
                check(
                        api,
                        new Target(target.method(), target.path(), null),
                        "anonymous {",
                        "application/json",
                        "{".getBytes(StandardCharsets.UTF_8),
                        401,
                        true,
                        wrong);
                sent += 4;
            }
        }
        String after = TestDatabase.contentFingerprint();
        System.out.printf("Bad bodies: %d requests to %d write operations%n", sent, operations);
        assertTrue(operations >= 12, "write operations with a JSON body found: " + operations);
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + sent + " answers were wrong:\n" + String.join("\n", wrong));
        assertEquals(before, after, "a refused body changed the database");
    }

    private static void check(
            Api api,
            Target target,
            String name,
            String mediaType,
            byte[] body,
            int status,
            boolean exact,
            List<String> wrong) {
        Api.Reply reply = status == 400
                ? api.send(target.method(), target.path(), target.token(), mediaType, body)
                : api.sendAlone(target.method(), target.path(), target.token(), mediaType, body);
        boolean statusRight = exact ? reply.status() == status : reply.status() >= 400 && reply.status() < 500;
        String type = String.valueOf(reply.header("Content-Type"));
        boolean problem =
                type.startsWith("application/problem+json") && reply.body().contains("\"detail\"");
        if (!statusRight || !problem) {
            wrong.add(target.method() + " " + target.path() + " [" + name + "]: " + reply.status() + " " + type + " "
                    + abbreviated(reply.body()));
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }

    private static JsonObject jsonRequestSchema(JsonValue operation) {
        JsonObject requestBody = operation.asJsonObject().getJsonObject("requestBody");
        if (requestBody == null || !requestBody.containsKey("content")) {
            return null;
        }
        JsonObject json = requestBody.getJsonObject("content").getJsonObject("application/json");
        return json == null ? null : json.getJsonObject("schema");
    }

    private static JsonValue example(JsonValue operation) {
        JsonObject json = operation
                .asJsonObject()
                .getJsonObject("requestBody")
                .getJsonObject("content")
                .getJsonObject("application/json");
        return json.get("example");
    }
}
