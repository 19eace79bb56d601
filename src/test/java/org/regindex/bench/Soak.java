package org.regindex.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator of bench/soak.sh: a bounded mixed workload for a set time. One team thread per region of
 * a cycle takes its questionnaire round and round (the expert saves answers and submits, the reviewer
 * comments and accepts, the coordinator approves and reopens), a coordinator thread freezes and publishes
 * what is approved every 45 s, and public readers read pages and the open-data API. Every request is
 * recorded with its kind, status, latency and time; every acknowledged write is remembered for
 * {@link SoakChecks}. Arguments: base URL, realm URL, JDBC URL, user, password, cycle code, seconds,
 * restart-window file (written by the script: the database's stop and ready times in epoch ms).
 */
public final class Soak {

    /** One answered (or unanswered: status -1) request. */
    record Sample(String kind, int status, long nanos, long at) {}

    /** One acknowledged write: kind, the region (or release), and what identifies it. */
    record Ack(String kind, String key, String detail) {}

    static final List<Sample> SAMPLES = Collections.synchronizedList(new ArrayList<>());
    static final List<Ack> ACKS = Collections.synchronizedList(new ArrayList<>());
    static final AtomicLong SEQUENCE = new AtomicLong();
    static String base;
    static String cycle;
    static volatile long deadline;

    private Soak() {}

    /** A request and its answer, recorded; a connection failure is status -1. */
    static HttpResponse<String> send(String kind, String user, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Bearer " + Tokens.of(user));
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response =
                    ConcurrentExperts.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            SAMPLES.add(new Sample(kind, response.statusCode(), System.nanoTime() - sent, System.currentTimeMillis()));
            return response;
        } catch (java.io.IOException e) {
            SAMPLES.add(new Sample(kind, -1, System.nanoTime() - sent, System.currentTimeMillis()));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static boolean ok(HttpResponse<String> response) {
        return response != null && response.statusCode() / 100 == 2;
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Tokens per person, refreshed before they expire (the realm's live 300 s). */
    static final class Tokens {
        private static final Map<String, String> TOKENS = new HashMap<>();
        private static final Map<String, Long> SIGNED_IN = new HashMap<>();

        static synchronized String of(String user) {
            Long at = SIGNED_IN.get(user);
            if (at == null || System.nanoTime() - at > ConcurrentExperts.TOKEN_REFRESH_NANOS) {
                TOKENS.put(user, ConcurrentExperts.signIn(user));
                SIGNED_IN.put(user, System.nanoTime());
            }
            return TOKENS.get(user);
        }
    }

    /** One region's questionnaire, round and round. */
    static final class Team implements Runnable {
        final String region;
        final List<String> indicators;
        final Random random;

        Team(String region, List<String> indicators) {
            this.region = region;
            this.indicators = indicators;
            this.random = new Random(region.hashCode());
        }

        @Override
        public void run() {
            String questionnaire = "/api/v1/cycles/" + cycle + "/questionnaires/" + region;
            boolean first = true;
            while (System.nanoTime() < deadline) {
                Map<String, Integer> versions = versions(questionnaire);
                List<String> toSave = first ? indicators : indicators.subList(0, 0);
                if (!first) {
                    toSave = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        toSave.add(indicators.get(random.nextInt(indicators.size())));
                    }
                }
                for (String indicator : toSave) {
                    if (System.nanoTime() >= deadline) {
                        return;
                    }
                    long sequence = SEQUENCE.incrementAndGet();
                    HttpResponse<String> saved = send(
                            "save",
                            "expert1",
                            "PUT",
                            questionnaire + "/answers/" + indicator,
                            "{\"option\":\"" + (random.nextBoolean() ? "a" : "b")
                                    + "\",\"justification\":\"Regional plan; soak save #" + sequence
                                    + ".\",\"sources\":[{\"citation\":\"Plan\",\"url\":\"https://example.org/plan\"}],"
                                    + "\"version\":" + versions.getOrDefault(indicator, 0) + "}");
                    if (ok(saved)) {
                        versions.put(indicator, json(saved).getInt("version"));
                        ACKS.add(new Ack("save", region + "/" + indicator, Long.toString(sequence)));
                    } else {
                        versions = versions(questionnaire);
                    }
                    pause(150);
                }
                first = !move(questionnaire, "expert1", "submit", "{\"transition\":\"SUBMIT\"}") && first;
                long sequence = SEQUENCE.incrementAndGet();
                HttpResponse<String> comment = send(
                        "comment",
                        "reviewer1",
                        "POST",
                        questionnaire + "/answers/" + indicators.get(random.nextInt(indicators.size())) + "/comments",
                        "{\"text\":\"Please cite the page; soak comment #" + sequence + ".\",\"kind\":\"COMMENT\"}");
                if (ok(comment)) {
                    ACKS.add(new Ack("comment", region, Long.toString(sequence)));
                }
                move(questionnaire, "reviewer1", "accept", "{\"transition\":\"ACCEPT\"}");
                move(questionnaire, "coordinator", "approve", "{\"transition\":\"APPROVE\"}");
                pause(20_000); // approved for a while, so that a freeze can take it
                move(questionnaire, "coordinator", "reopen", "{\"transition\":\"REOPEN\",\"reason\":\"Soak round.\"}");
            }
        }

        /** A transition; acknowledged ones are remembered by kind and region. */
        boolean move(String questionnaire, String user, String kind, String body) {
            HttpResponse<String> moved = send(kind, user, "POST", questionnaire + "/transitions", body);
            if (ok(moved) && json(moved).getBoolean("changed", true)) {
                ACKS.add(new Ack(kind, region, ""));
                return true;
            }
            return false;
        }

        Map<String, Integer> versions(String questionnaire) {
            Map<String, Integer> versions = new HashMap<>();
            HttpResponse<String> read = send("read questionnaire", "expert1", "GET", questionnaire, null);
            if (ok(read)) {
                json(read)
                        .getJsonArray("answers")
                        .getValuesAs(JsonObject.class)
                        .forEach(a -> versions.put(a.getString("indicator"), a.getInt("version")));
            }
            return versions;
        }
    }

    /** The coordinator freezes what is approved and publishes it, every 45 s. */
    static void freezer() {
        while (System.nanoTime() < deadline) {
            pause(45_000);
            HttpResponse<String> frozen = send(
                    "freeze", "coordinator", "POST", "/api/v1/cycles/" + cycle + "/releases", "{\"title\":\"Soak\"}");
            if (frozen != null && frozen.statusCode() == 201) {
                String version = json(frozen).getString("version");
                ACKS.add(new Ack("freeze", version, ""));
                if (ok(send("publish", "coordinator", "POST", "/api/v1/releases/" + version + "/publish", null))) {
                    ACKS.add(new Ack("publish", version, ""));
                }
            }
        }
    }

    /** Someone reading the public pages and the open-data API. */
    static void reader(int seed) {
        String[][] reads = {
            {"public page", "/"},
            {"public page", "/explore/compare.xhtml?release=1.0&axis=policy_area"},
            {"public api", "/api/v1/releases"},
            {"public api", "/api/v1/releases/1.0/scores?axis=policy_area"}
        };
        Random random = new Random(seed);
        while (System.nanoTime() < deadline) {
            String[] read = reads[random.nextInt(reads.length)];
            send(read[0], null, "GET", read[1], null);
            pause(100);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(Math.max(0, Math.min(millis, (deadline - System.nanoTime()) / 1_000_000)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        ConcurrentExperts.realm = args[1];
        cycle = args[5];
        int seconds = Integer.parseInt(args[6]);
        Path window = Path.of(args[7]);
        Map<String, List<String>> teams = SoakChecks.regionsAndIndicators(args[2], args[3], args[4], cycle);
        long started = System.currentTimeMillis();
        deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        teams.forEach((region, indicators) -> threads.add(new Thread(new Team(region, indicators), "team-" + region)));
        threads.add(new Thread(Soak::freezer, "freezer"));
        for (int i = 0; i < 2; i++) {
            int seed = i;
            threads.add(new Thread(() -> reader(seed), "reader-" + i));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        long[] restart = Files.exists(window)
                ? Files.readAllLines(window).stream().mapToLong(Long::parseLong).toArray()
                : new long[0];
        Map<String, List<Sample>> byKind = new TreeMap<>();
        synchronized (SAMPLES) {
            SAMPLES.forEach(s ->
                    byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
        }
        int failures = SoakChecks.report(byKind, (System.currentTimeMillis() - started) / 1000.0, restart);
        failures += SoakChecks.verify(args[2], args[3], args[4], cycle, List.copyOf(ACKS), byKind);
        System.out.println(failures == 0 ? "soak checks: all passed" : "soak checks: " + failures + " FAILED");
        System.exit(failures == 0 ? 0 : 1);
    }
}
