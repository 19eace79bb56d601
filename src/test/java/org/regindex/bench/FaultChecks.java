package org.regindex.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For bench/faults.sh. {@code burst}: expert threads save answers through the API, each its own
 * indicators, and log every save the app acknowledged (200) until the app stops answering.
 * {@code verify}: every acknowledged save is in the database, none applied twice or to another answer.
 *
 * <pre>
 * burst  BASE REALM CYCLE REGION THREADS LOG
 * verify DB_URL DB_USER DB_PASSWORD CYCLE REGION LOG
 * </pre>
 */
public final class FaultChecks {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private FaultChecks() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("burst")) {
            burst(args[1], args[2], args[3], args[4], Integer.parseInt(args[5]), Path.of(args[6]));
        } else {
            verify(args[1], args[2], args[3], args[4], args[5], Path.of(args[6]));
        }
    }

    record Ack(String indicator, int version, String justification) {}

    static void burst(String base, String realm, String cycle, String region, int threads, Path log) throws Exception {
        String token = token(realm, "expert1");
        String questionnaire = base + "/api/v1/cycles/" + cycle + "/questionnaires/" + region;
        JsonObject sheet = json(
                send(HttpRequest.newBuilder(URI.create(questionnaire)), token).body());
        List<String> indicators = sheet.getJsonArray("missing").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("indicator"))
                .toList();
        AtomicBoolean appGone = new AtomicBoolean();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                Thread thread = new Thread(() -> {
                    Map<String, Integer> versions = new HashMap<>();
                    for (int n = 0; !appGone.get(); n++) {
                        String indicator = indicators.get((worker + n * threads) % indicators.size());
                        if (indicators.indexOf(indicator) % threads != worker) {
                            continue;
                        }
                        String justification = "burst " + worker + "-" + n;
                        String body = "{\"option\":\"a\",\"justification\":\"" + justification
                                + "\",\"sources\":[{\"citation\":\"Plan\"}]," + "\"version\":"
                                + versions.getOrDefault(indicator, 0) + "}";
                        try {
                            HttpResponse<String> saved = send(
                                    HttpRequest.newBuilder(URI.create(questionnaire + "/answers/" + indicator))
                                            .header("Content-Type", "application/json")
                                            .PUT(HttpRequest.BodyPublishers.ofString(body)),
                                    token);
                            if (saved.statusCode() == 200) {
                                int version = json(saved.body()).getInt("version");
                                versions.put(indicator, version);
                                synchronized (out) {
                                    out.println(indicator + "\t" + version + "\t" + justification);
                                    out.flush();
                                }
                                acknowledged.incrementAndGet();
                            } else {
                                refused.incrementAndGet();
                            }
                        } catch (IOException connectionLost) {
                            appGone.set(true);
                        }
                    }
                });
                thread.start();
                workers.add(thread);
            }
            for (Thread worker : workers) {
                worker.join();
            }
        }
        System.out.println("burst: " + acknowledged.get() + " saves acknowledged, " + refused.get()
                + " refused, then the app stopped answering");
    }

    static void verify(String dbUrl, String user, String password, String cycle, String region, Path log)
            throws Exception {
        Map<String, Ack> last = new HashMap<>();
        int acknowledged = 0;
        for (String line : Files.readAllLines(log)) {
            String[] f = line.split("\t");
            Ack ack = new Ack(f[0], Integer.parseInt(f[1]), f[2]);
            last.merge(ack.indicator(), ack, (a, b) -> a.version() >= b.version() ? a : b);
            acknowledged++;
        }
        int present = 0;
        int committedUnacknowledged = 0;
        List<String> wrong = new ArrayList<>();
        String sql =
                "SELECT a.row_version, a.justification FROM answer a JOIN questionnaire q ON q.id = a.questionnaire_id "
                        + "JOIN cycle c ON c.id = q.cycle_id JOIN region r ON r.id = q.region_id JOIN indicator i ON i.id = a.indicator_id "
                        + "WHERE c.code = ? AND r.code = ? AND i.code = ?";
        try (Connection db = DriverManager.getConnection(dbUrl, user, password);
                PreparedStatement query = db.prepareStatement(sql)) {
            for (Ack ack : last.values()) {
                query.setString(1, cycle);
                query.setString(2, region);
                query.setString(3, ack.indicator());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        wrong.add(ack.indicator() + ": acknowledged version " + ack.version() + " is missing");
                        continue;
                    }
                    int version = row.getInt(1);
                    String justification = row.getString(2);
                    if (version == ack.version() && justification.equals(ack.justification())) {
                        present++;
                    } else if (version == ack.version() + 1 && justification.startsWith("burst ")) {
                        present++;
                        committedUnacknowledged++; // in flight when the app died: stored, its answer never sent
                    } else {
                        wrong.add(ack.indicator() + ": acknowledged v" + ack.version() + " '" + ack.justification()
                                + "', stored v" + version + " '" + justification + "'");
                    }
                }
            }
        }
        System.out.println("verify: " + acknowledged + " acknowledged saves on " + last.size()
                + " answers; latest acknowledged present: "
                + present + "/" + last.size() + "; committed in flight without acknowledgement: "
                + committedUnacknowledged
                + "; lost or wrong: " + wrong.size());
        wrong.forEach(System.out::println);
        if (!wrong.isEmpty()) {
            System.exit(1);
        }
    }

    static String token(String realm, String username) throws IOException, InterruptedException {
        String form = "client_id=regindex-app&client_secret=regindex-dev-secret&grant_type=password&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        HttpResponse<String> reply = HTTP.send(
                HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return json(reply.body()).getString("access_token");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException {
        try {
            return HTTP.send(
                    request.header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
