package org.regindex.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator of bench/concurrent-experts.sh: one client thread per region of a cycle, signed in as
 * the region's expert (its own token: one sign-in per person, then a refresh grant per thread), saves answers through the API for a while, each PUT carrying the
 * version its previous save of that answer got back. Every acknowledged save is remembered with a
 * unique sequence number in its justification; afterwards the database must hold exactly what was
 * acknowledged: the last acknowledged justification of each answer, a version equal to the number of
 * acknowledged saves, no answer nobody saved, and one ANSWER_SAVED audit event per acknowledged save,
 * on the right answer. Arguments: base URL, realm URL, JDBC URL, user, password, cycle code, seconds.
 * The client secret comes from OIDC_CLIENT_SECRET (default: the development realm's). A save that fails
 * is counted by status and the thread re-reads its versions; a save applied without an acknowledgement
 * (a client timeout, an instance killed after its commit) shows as an audit event nobody was told about and counts
 * towards its answer's version, but never stands in for an acknowledged save.
 */
public final class ConcurrentExperts {

    private static final Pattern SEQUENCE = Pattern.compile("bench save #(\\d+)");
    private static final String[] OPTIONS = {"a", "b", "c"};

    /** One acknowledged save: the answer, the version the server gave back, the sequence in its justification. */
    record Ack(String region, String indicator, int version, long sequence) {}

    /** What one client thread saw. */
    static final class Expert implements Runnable {
        final String region;
        final String username;
        final List<String> indicators;
        final Map<String, List<String>> options;
        final List<Ack> acks = new ArrayList<>();
        final Map<Integer, Integer> errors = new TreeMap<>();
        final List<String> errorSamples = new ArrayList<>();
        long[] latencies = new long[4096];
        int requests;
        String token;
        long tokenAt;

        Expert(String region, String username, List<String> indicators, Map<String, List<String>> options) {
            this.region = region;
            this.username = username;
            this.indicators = indicators;
            this.options = options;
        }

        @Override
        public void run() {
            Random random = new Random(region.hashCode());
            Map<String, Integer> versions = new HashMap<>();
            try {
                start.await();
                while (System.nanoTime() < deadline) {
                    if (thinkMillis > 0) {
                        Thread.sleep(thinkMillis / 2 + random.nextInt(thinkMillis)); // a person between two edits
                    }
                    if (System.nanoTime() - tokenAt > TOKEN_REFRESH_NANOS) {
                        token = signIn(username);
                        tokenAt = System.nanoTime();
                    }
                    String indicator = indicators.get(random.nextInt(indicators.size()));
                    List<String> choices = options.get(indicator);
                    long sequence = SEQUENCES.incrementAndGet();
                    String justification =
                            "Regional plan, section " + (1 + random.nextInt(20)) + "; bench save #" + sequence + ".";
                    String body =
                            "{\"option\":\"" + choices.get(random.nextInt(choices.size())) + "\",\"justification\":\""
                                    + justification
                                    + "\",\"sources\":[{\"citation\":\"Regional integration plan\",\"url\":\"https://example.org/"
                                    + region + "/plan\"}],\"version\":" + versions.getOrDefault(indicator, 0) + "}";
                    HttpRequest put = HttpRequest.newBuilder(URI.create(base + "/api/v1/cycles/" + cycle
                                    + "/questionnaires/" + region + "/answers/" + indicator))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    long sent = System.nanoTime();
                    int status;
                    String reply;
                    try {
                        HttpResponse<String> response = HTTP.send(put, HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        reply = response.body();
                    } catch (java.io.IOException e) {
                        status = -1;
                        reply = e.toString();
                    }
                    long took = System.nanoTime() - sent;
                    if (requests == latencies.length) {
                        latencies = Arrays.copyOf(latencies, requests * 2);
                    }
                    latencies[requests++] = took;
                    if (status == 200) {
                        JsonObject saved =
                                Json.createReader(new StringReader(reply)).readObject();
                        int version = saved.getInt("version");
                        versions.put(indicator, version);
                        acks.add(new Ack(region, indicator, version, sequence));
                    } else {
                        errors.merge(status, 1, Integer::sum);
                        if (errorSamples.size() < 3) {
                            errorSamples.add(status + " " + reply.substring(0, Math.min(200, reply.length())));
                        }
                        reread(versions);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** After a refused or unanswered save, the versions as the server has them, so the next saves are not stale. */
        void reread(Map<String, Integer> versions) throws InterruptedException {
            HttpRequest get = HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/cycles/" + cycle + "/questionnaires/" + region))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build();
            try {
                HttpResponse<String> response = HTTP.send(get, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    Json.createReader(new StringReader(response.body()))
                            .readObject()
                            .getJsonArray("answers")
                            .getValuesAs(JsonObject.class)
                            .forEach(a -> versions.put(a.getString("indicator"), a.getInt("version")));
                }
            } catch (java.io.IOException e) {
                // the next save tells
            }
        }
    }

    static final long TOKEN_REFRESH_NANOS = Duration.ofSeconds(240).toNanos(); // the realm's tokens live 300 s
    static final AtomicLong SEQUENCES = new AtomicLong();
    static final CountDownLatch start = new CountDownLatch(1);
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    static String base;
    static String realm;
    static String cycle;
    static volatile long deadline;
    /** Mean pause of an expert between two saves; 0 saves back to back (the server's saturation). */
    static int thinkMillis;

    private ConcurrentExperts() {}

    public static void main(String[] args) throws Exception {
        base = args[0];
        realm = args[1];
        cycle = args[5];
        int seconds = Integer.parseInt(args[6]);
        thinkMillis = args.length > 7 ? Integer.parseInt(args[7]) : 0;
        List<Expert> experts = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(args[2], args[3], args[4])) {
            Map<String, List<String>> options = new LinkedHashMap<>();
            try (PreparedStatement sql = db.prepareStatement(
                    "select i.code, o.code from cycle c join indicator i on i.codebook_id ="
                            + " c.codebook_id join answer_option o on o.indicator_id = i.id where c.code = ? order by i.position, o.position")) {
                sql.setString(1, cycle);
                try (ResultSet rs = sql.executeQuery()) {
                    while (rs.next()) {
                        options.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(rs.getString(2));
                    }
                }
            }
            List<String> indicators = List.copyOf(options.keySet());
            try (PreparedStatement sql = db.prepareStatement(
                    "select r.code, a.username from assignment a join cycle c on c.id = a.cycle_id"
                            + " join region r on r.id = a.region_id where c.code = ? and a.role = 'EXPERT' order by r.code")) {
                sql.setString(1, cycle);
                try (ResultSet rs = sql.executeQuery()) {
                    while (rs.next()) {
                        experts.add(new Expert(rs.getString(1), rs.getString(2), indicators, options));
                    }
                }
            }
            if (experts.isEmpty() || indicators.isEmpty()) {
                throw new IllegalStateException("Cycle " + cycle + " has no experts or no indicators");
            }
            // One after the other: Keycloak's brute-force protection refuses concurrent logins of one user.
            for (Expert expert : experts) {
                expert.token = signIn(expert.username);
                expert.tokenAt = System.nanoTime();
            }
            List<Thread> threads = new ArrayList<>();
            for (Expert expert : experts) {
                Thread thread = new Thread(expert, "expert-" + expert.region);
                thread.start();
                threads.add(thread);
            }
            long began = System.nanoTime();
            deadline = began + Duration.ofSeconds(seconds).toNanos();
            start.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            double elapsed = (System.nanoTime() - began) / 1e9;
            report(experts, indicators.size(), elapsed);
            verify(db, experts);
        }
    }

    static void report(List<Expert> experts, int indicators, double elapsed) {
        long[] all = experts.stream()
                .flatMapToLong(e -> Arrays.stream(e.latencies, 0, e.requests))
                .sorted()
                .toArray();
        long acked = experts.stream().mapToLong(e -> e.acks.size()).sum();
        Map<Integer, Integer> errors = new TreeMap<>();
        experts.forEach(e -> e.errors.forEach((status, count) -> errors.merge(status, count, Integer::sum)));
        System.out.printf(
                "%d experts (one thread and one region each, %d indicators, %s), %.1f s%n",
                experts.size(),
                indicators,
                thinkMillis == 0 ? "saving back to back" : "pausing " + thinkMillis + " ms on average between saves",
                elapsed);
        System.out.printf(
                "requests: %d, acknowledged saves: %d, throughput %.0f saves/s%n", all.length, acked, acked / elapsed);
        System.out.printf(
                "latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (target p95 < 50 ms: %s)%n",
                ms(all, 0.50),
                ms(all, 0.95),
                ms(all, 0.99),
                all[all.length - 1] / 1e6,
                ms(all, 0.95) < 50 ? "met" : "missed");
        System.out.println("errors by status: " + (errors.isEmpty() ? "none" : errors + " (-1: no answer)"));
        experts.stream()
                .flatMap(e -> e.errorSamples.stream())
                .limit(5)
                .forEach(sample -> System.out.println("  e.g. " + sample));
    }

    static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /**
     * Compares the database with what the clients were told. A save may be applied without its acknowledgement
     * arriving (an instance killed after the commit, a client timeout): it shows as an audit event of a sequence
     * nobody was told about, and counts towards its answer's version; an acknowledged save may never be missing.
     */
    static void verify(Connection db, List<Expert> experts) throws Exception {
        Map<String, List<Ack>> told = new HashMap<>();
        Map<Long, String> answerOf = new HashMap<>();
        for (Expert expert : experts) {
            for (Ack ack : expert.acks) {
                String key = ack.region() + "/" + ack.indicator();
                told.computeIfAbsent(key, k -> new ArrayList<>()).add(ack);
                answerOf.put(ack.sequence(), key);
            }
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<Ack>> answer : told.entrySet()) {
            List<Ack> acks = answer.getValue();
            for (int i = 1; i < acks.size(); i++) {
                if (acks.get(i).version() <= acks.get(i - 1).version()) {
                    problems.add(answer.getKey() + ": save " + (i + 1) + " was acknowledged with version "
                            + acks.get(i).version() + " after version "
                            + acks.get(i - 1).version());
                    break;
                }
            }
        }
        Map<Long, Integer> audited = new HashMap<>();
        Map<String, List<Long>> unacknowledgedOf = new HashMap<>();
        int events = 0;
        try (PreparedStatement sql = db.prepareStatement(
                "select subject, after_value from audit_event" + " where action = 'ANSWER_SAVED' and cycle_code = ?")) {
            sql.setString(1, cycle);
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    events++;
                    Matcher sequence = SEQUENCE.matcher(rs.getString(2));
                    if (!sequence.find()) {
                        problems.add("audit event of " + rs.getString(1) + " without a benchmark sequence");
                        continue;
                    }
                    long number = Long.parseLong(sequence.group(1));
                    audited.merge(number, 1, Integer::sum);
                    String expected = answerOf.get(number);
                    String subject = rs.getString(1).substring(cycle.length() + 1);
                    if (expected == null) {
                        unacknowledgedOf
                                .computeIfAbsent(subject, k -> new ArrayList<>())
                                .add(number);
                    } else if (!subject.equals(expected)) {
                        problems.add("save #" + number + " of " + expected + " is audited on " + subject);
                    }
                }
            }
        }
        int rows = 0;
        try (PreparedStatement sql =
                db.prepareStatement("select r.code, i.code, a.row_version, a.justification from answer a"
                        + " join questionnaire q on q.id = a.questionnaire_id join cycle c on c.id = q.cycle_id join region r on r.id = q.region_id"
                        + " join indicator i on i.id = a.indicator_id where c.code = ?")) {
            sql.setString(1, cycle);
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    String key = rs.getString(1) + "/" + rs.getString(2);
                    List<Ack> acks = told.getOrDefault(key, List.of());
                    List<Long> unacknowledged = unacknowledgedOf.getOrDefault(key, List.of());
                    long last = Math.max(
                            acks.stream().mapToLong(Ack::sequence).max().orElse(-1),
                            unacknowledged.stream()
                                    .mapToLong(Long::longValue)
                                    .max()
                                    .orElse(-1));
                    Matcher sequence = SEQUENCE.matcher(rs.getString(4));
                    if (last < 0) {
                        problems.add(key + " is in the database but nobody saved it");
                        continue;
                    }
                    if (!sequence.find() || Long.parseLong(sequence.group(1)) != last) {
                        problems.add(
                                key + ": the database holds " + rs.getString(4) + " but the last save was #" + last);
                    }
                    if (rs.getInt(3) != acks.size() + unacknowledged.size()) {
                        problems.add(key + ": version " + rs.getInt(3) + " in the database after " + acks.size()
                                + " acknowledged and " + unacknowledged.size() + " unacknowledged saves");
                    }
                }
            }
        }
        long answersSaved = told.keySet().stream()
                        .filter(key -> !unacknowledgedOf.containsKey(key))
                        .count()
                + unacknowledgedOf.size();
        if (rows != answersSaved) {
            problems.add(answersSaved + " answers were saved, the database has " + rows);
        }
        long acked = answerOf.size();
        long missing =
                answerOf.keySet().stream().filter(n -> !audited.containsKey(n)).count();
        long twice = audited.values().stream().filter(n -> n > 1).count();
        long unacknowledged =
                unacknowledgedOf.values().stream().mapToLong(List::size).sum();
        if (missing > 0 || twice > 0) {
            problems.add(missing + " acknowledged saves have no audit event, " + twice + " saves have more than one");
        }
        System.out.printf(
                "database: %d answers, audit: %d ANSWER_SAVED events for %d acknowledged saves"
                        + " (%d applied without an acknowledgement, e.g. an instance killed after the commit)%n",
                rows, events, acked, unacknowledged);
        if (problems.isEmpty()) {
            System.out.println(
                    "integrity: OK (every acknowledged save is stored once, on its answer; the last one is what the"
                            + " database holds; versions count the saves)");
        } else {
            System.out.println("integrity: FAILED, " + problems.size() + " problems");
            problems.stream().limit(20).forEach(problem -> System.out.println("  " + problem));
            System.exit(1);
        }
    }

    /**
     * An access token of its own for one client thread: one password sign-in per person, then a refresh
     * grant per token. The realm's brute-force protection refuses a burst of password sign-ins of one
     * user (user_temporarily_disabled); refreshing is no sign-in, and is what a long-lived client does anyway.
     */
    static synchronized String signIn(String username) {
        String refresh = REFRESH_TOKENS.get(username);
        if (refresh == null) {
            JsonObject signedIn =
                    token("grant_type=password&username=" + encode(username) + "&password=" + encode(username));
            REFRESH_TOKENS.put(username, signedIn.getString("refresh_token"));
            return signedIn.getString("access_token");
        }
        return token("grant_type=refresh_token&refresh_token=" + encode(refresh))
                .getString("access_token");
    }

    static final Map<String, String> REFRESH_TOKENS = new HashMap<>();

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonObject token(String grant) {
        String form = grant + "&client_id=regindex-app&client_secret="
                + encode(System.getenv().getOrDefault("OIDC_CLIENT_SECRET", "regindex-dev-secret"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Keycloak refused a token (" + grant.substring(0, grant.indexOf('&')) + "): "
                                + response.body()
                                + (response.body().contains("credentials")
                                        ? " (after a burst of sign-ins the realm's"
                                                + " brute-force protection disables the user for a minute or more)"
                                        : ""));
            }
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
