package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Bursts;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.ServerLog;
import org.regindex.testsupport.TestDatabase;

/**
 * Two people clicking at once get a truthful answer: identical requests sent at the same moment (8
 * threads released by one latch) and pairs of conflicting ones are answered 2xx or 4xx, every 4xx a
 * problem with a sentence, nothing makes the server log an incident, and each effect is stored once with
 * one audit event. {@link RaceOfEveryOperation} does the same for every write operation the OpenAPI
 * document lists.
 */
@ExtendWith(ArquillianExtension.class)
class RacesIT {

    static final int BURST = 8;
    private static final List<String> TABLE = new ArrayList<>();
    private static ServerLog log;
    private static final ThreadLocal<List<String>> FAILURES = ThreadLocal.withInitial(ArrayList::new);

    @ArquillianResource
    URL base;

    @BeforeAll
    static void watchTheServerLog() {
        log = ServerLog.watch();
    }

    @AfterAll
    static void printTheTableAndCheckTheLog() {
        log.close();
        System.out.println("| burst | answers |\n|---|---|\n" + String.join("\n", TABLE));
        List<String> incidents = log.linesWith("SEVERE", "Incident ");
        assertTrue(incidents.isEmpty(), "the server logged incidents:\n" + String.join("\n", incidents));
        assertTrue(
                !log.linesWith("Froze release").isEmpty(),
                "the server's log was read (every freeze is logged at INFO)");
    }

    /** Records the burst's answers in the table and checks each is 2xx or a 4xx problem with a detail. */
    static List<Api.Reply> answered(String name, List<Api.Reply> replies) {
        TABLE.add("| " + name + " | " + Bursts.statuses(replies) + " |");
        List<String> wrong = new ArrayList<>();
        for (Api.Reply reply : replies) {
            boolean success = reply.status() >= 200 && reply.status() < 300;
            boolean problem = reply.status() >= 400
                    && reply.status() < 500
                    && String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json")
                    && !reply.json().asJsonObject().getString("detail", "").isBlank();
            if (!success && !problem) {
                wrong.add(reply.status() + " " + reply.body());
            }
        }
        wrong.forEach(answer -> FAILURES.get().add(name + ": " + answer));
        return replies;
    }

    /** A check that does not stop the test: every burst is measured, and the test fails at its end. */
    private static void same(long expected, long actual, String... what) {
        if (expected != actual) {
            FAILURES.get().add(String.join(" ", what) + ": expected " + expected + ", got " + actual);
        }
    }

    private static void that(boolean condition, String... what) {
        if (!condition) {
            FAILURES.get().add("failed: " + String.join(" ", what));
        }
    }

    @AfterEach
    void everyCheckHeld() {
        List<String> failed = new ArrayList<>(FAILURES.get());
        FAILURES.get().clear();
        assertTrue(failed.isEmpty(), String.join("\n", failed));
    }

    private static long events(String action, String subject) {
        return TestDatabase.count("select count(*) from audit_event where action = ? and subject = ?", action, subject);
    }

    private static void expectCreated(Api.Reply reply) {
        same(201, reply.status(), reply.body());
    }

    private static String coordinator() {
        return Keycloak.accessToken("coordinator");
    }

    @Test
    void creatingTheSameRegionCycleAndAssignmentAtOnceStoresEachOnceAndTellsTheOthers() throws IOException {
        Api api = new Api(base);
        String token = coordinator();
        String code = "DK"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36)
                        .toUpperCase(java.util.Locale.ROOT);
        String region = "{\"code\":\"" + code + "\",\"name\":\"Race\",\"country\":\"DK\"}";
        List<Api.Reply> regions = answered(
                BURST + " × create region with one code",
                Bursts.identical(BURST, () -> api.postJson("api/v1/regions", token, region)));
        same(1, Bursts.count(regions, 201), Bursts.statuses(regions));
        same(BURST - 1, Bursts.count(regions, 409), Bursts.statuses(regions));
        same(1, TestDatabase.count("select count(*) from region where code = ?", code));
        same(1, events("REGION_ADDED", code));

        Rounds.Round round = new Rounds(api).create();
        String cycleCode = "race-" + code.toLowerCase(java.util.Locale.ROOT);
        String cycle = "{\"code\":\"" + cycleCode + "\",\"name\":\"Race\",\"codebook\":{\"code\":\"" + round.codebook()
                + "\",\"version\":1},\"deadline\":\"2027-06-30\",\"regions\":[\"" + code + "\"]}";
        List<Api.Reply> cycles = answered(
                BURST + " × create cycle with one code",
                Bursts.identical(BURST, () -> api.postJson("api/v1/cycles", token, cycle)));
        same(1, Bursts.count(cycles, 201), Bursts.statuses(cycles));
        same(BURST - 1, Bursts.count(cycles, 409), Bursts.statuses(cycles));
        same(1, TestDatabase.count("select count(*) from cycle where code = ?", cycleCode));
        same(1, events("CYCLE_CREATED", cycleCode));

        String assignment = "{\"region\":\"" + code + "\",\"username\":\"expert1\",\"role\":\"expert\"}";
        List<Api.Reply> assigned = answered(
                BURST + " × assign the same person to the same region",
                Bursts.identical(
                        BURST, () -> api.postJson("api/v1/cycles/" + cycleCode + "/assignments", token, assignment)));
        same(1, Bursts.count(assigned, 201), Bursts.statuses(assigned));
        same(BURST - 1, Bursts.count(assigned, 409), Bursts.statuses(assigned));
        same(
                1,
                TestDatabase.count(
                        "select count(*) from assignment a join cycle c on c.id = a.cycle_id"
                                + " where c.code = ? and a.username = 'expert1'",
                        cycleCode));
        same(1, events("ASSIGNED", code + "/expert1"));
    }

    @Test
    void freezingPublishingAndCopyingAtOnceHappenOnce() throws IOException {
        Api api = new Api(base);
        String token = coordinator();
        Rounds.Round round = new Rounds(api).create();
        round.approve(round.regionA(), "expert1", "reviewer1", "a");
        String releases = "api/v1/cycles/" + round.cycle() + "/releases";
        List<Api.Reply> frozen = answered(
                BURST + " × freeze the same approved region",
                Bursts.identical(BURST, () -> api.postJson(releases, token, "{\"title\":\"Race\"}")));
        same(1, Bursts.count(frozen, 201), Bursts.statuses(frozen));
        same(BURST - 1, Bursts.count(frozen, 409), Bursts.statuses(frozen));
        String version = frozen.stream()
                .filter(reply -> reply.status() == 201)
                .findFirst()
                .orElseThrow()
                .json()
                .asJsonObject()
                .getString("version");
        frozen.stream()
                .filter(reply -> reply.status() == 409)
                .forEach(reply ->
                        that(reply.body().contains(version), "names release " + version + ": " + reply.body()));
        same(1, TestDatabase.count("select count(*) from dataset_release where cycle_code = ?", round.cycle()));
        same(1, events("RELEASE_FROZEN", version));

        List<Api.Reply> published = answered(
                BURST + " × publish the same draft",
                Bursts.identical(BURST, () -> api.postJson("api/v1/releases/" + version + "/publish", token, "{}")));
        same(BURST, Bursts.count(published, 200), Bursts.statuses(published));
        same(1, events("RELEASE_PUBLISHED", version));
        that(events("RELEASE_DOI_FAILED", version) + events("RELEASE_DOI_REGISTERED", version) <= 1);

        String next = round.cycle() + "-next";
        expectCreated(api.postJson(
                "api/v1/cycles",
                token,
                "{\"code\":\"" + next + "\",\"name\":\"Next\",\"codebook\":{\"code\":\"" + round.codebook()
                        + "\",\"version\":1},\"deadline\":\"2028-06-30\",\"regions\":[\"" + round.regionA() + "\"]}"));
        expectCreated(api.postJson(
                "api/v1/cycles/" + next + "/assignments",
                token,
                "{\"region\":\"" + round.regionA() + "\",\"username\":\"expert1\",\"role\":\"expert\"}"));
        String expert = Keycloak.accessToken("expert1");
        String questionnaire = "api/v1/cycles/" + next + "/questionnaires/" + round.regionA();
        List<Api.Reply> copies = answered(
                BURST + " × copy last round's answers into a fresh questionnaire",
                Bursts.identical(BURST, () -> api.postJson(questionnaire + "/previous/copy", expert, "{}")));
        long indicators = TestDatabase.count(
                "select count(*) from indicator i join codebook b on b.id = i.codebook_id where b.code = ?",
                round.codebook());
        copies.stream()
                .filter(reply ->
                        reply.status() == 200 && reply.json().asJsonObject().getInt("copied") == 0)
                .forEach(reply -> that(
                        reply.json().asJsonObject().getString("message").startsWith("Nothing left to copy"),
                        reply.body()));
        same(BURST, Bursts.count(copies, 200), "copies answered 200: " + Bursts.statuses(copies));
        long copied = copies.stream()
                .filter(reply -> reply.status() == 200)
                .mapToLong(reply -> reply.json().asJsonObject().getInt("copied"))
                .sum();
        same(indicators, copied, "answers copied in all, " + Bursts.statuses(copies));
        same(
                indicators,
                TestDatabase.count(
                        "select count(*) from answer a join questionnaire q on q.id = a.questionnaire_id"
                                + " join cycle c on c.id = q.cycle_id where c.code = ?",
                        next));
        same(
                indicators,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'ANSWER_SAVED' and cycle_code = ?", next));
    }

    @Test
    void conflictingMovesOfOneQuestionnaireLetOneWin() throws IOException {
        Api api = new Api(base);
        Rounds.Round round = new Rounds(api).create();
        round.answerEverything(Keycloak.accessToken("expert1"));
        String transitions = "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA() + "/transitions";
        String expert = Keycloak.accessToken("expert1");
        List<Api.Reply> submitted = answered(
                "12 × submit the same questionnaire",
                Bursts.identical(12, () -> api.postJson(transitions, expert, "{\"transition\":\"SUBMIT\"}")));
        // A submit that arrives once the first is stored is a replay, answered 200 with "changed": false.
        same(
                1,
                submitted.stream()
                        .filter(reply -> reply.status() == 200
                                && reply.json().asJsonObject().getBoolean("changed"))
                        .count(),
                "submits that changed the state:",
                Bursts.statuses(submitted));
        same(12, Bursts.count(submitted, 200) + Bursts.count(submitted, 409), Bursts.statuses(submitted));
        same(1, events("QUESTIONNAIRE_SUBMIT", round.cycle() + "/" + round.regionA()));

        String reviewer = Keycloak.accessToken("reviewer1");
        oneWins(
                "accept vs request changes",
                round.cycle() + "/" + round.regionA(),
                List.of(
                        () -> api.postJson(transitions, reviewer, "{\"transition\":\"ACCEPT\"}"),
                        () -> api.postJson(transitions, reviewer, "{\"transition\":\"REQUEST_CHANGES\"}")),
                "QUESTIONNAIRE_ACCEPT",
                "QUESTIONNAIRE_REQUEST_CHANGES");

        round.approve(round.regionB(), "expert2", "reviewer2", "b");
        String transitionsB = "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionB() + "/transitions";
        String token = coordinator();
        api.postJson(transitionsB, token, "{\"transition\":\"REOPEN\",\"reason\":\"Race.\"}");
        api.postJson(transitionsB, Keycloak.accessToken("expert2"), "{\"transition\":\"SUBMIT\"}");
        api.postJson(transitionsB, Keycloak.accessToken("reviewer2"), "{\"transition\":\"ACCEPT\"}");
        long approvedBefore = events("QUESTIONNAIRE_APPROVE", round.cycle() + "/" + round.regionB());
        long returnedBefore = events("QUESTIONNAIRE_RETURN", round.cycle() + "/" + round.regionB());
        List<Api.Reply> pair = answered(
                "approve vs return",
                Bursts.atOnce(List.of(
                        () -> api.postJson(transitionsB, token, "{\"transition\":\"APPROVE\"}"),
                        () -> api.postJson(transitionsB, token, "{\"transition\":\"RETURN\",\"reason\":\"Race.\"}"))));
        same(1, Bursts.count(pair, 200), Bursts.statuses(pair));
        same(
                approvedBefore + returnedBefore + 1,
                events("QUESTIONNAIRE_APPROVE", round.cycle() + "/" + round.regionB())
                        + events("QUESTIONNAIRE_RETURN", round.cycle() + "/" + round.regionB()));
    }

    private void oneWins(String name, String subject, List<Supplier<Api.Reply>> pair, String... actions) {
        List<Api.Reply> replies = answered(name, Bursts.atOnce(pair));
        same(1, Bursts.count(replies, 200), name + ": " + Bursts.statuses(replies));
        long stored = 0;
        for (String action : actions) {
            stored += events(action, subject);
        }
        same(1, stored, name + ": audit events");
    }

    @Test
    void twoFreezesPublishAgainstWithdrawAndTwoImportsAreTold() throws IOException {
        Api api = new Api(base);
        String token = coordinator();
        Rounds.Round round = new Rounds(api).create();
        round.approve(round.regionA(), "expert1", "reviewer1", "a");
        String releases = "api/v1/cycles/" + round.cycle() + "/releases";
        List<Api.Reply> freezes = answered(
                "two freezes (one region, every approved one)",
                Bursts.atOnce(List.of(
                        () -> api.postJson(releases, token, "{\"regions\":[\"" + round.regionA() + "\"]}"),
                        () -> api.postJson(releases, token, "{}"))));
        same(1, Bursts.count(freezes, 201), Bursts.statuses(freezes));
        same(1, TestDatabase.count("select count(*) from dataset_release where cycle_code = ?", round.cycle()));
        String version = TestDatabase.text("select version from dataset_release where cycle_code = ?", round.cycle());

        List<Api.Reply> moves = answered(
                "withdraw vs publish",
                Bursts.atOnce(List.of(
                        () -> api.postJson("api/v1/releases/" + version + "/withdraw", token, "{\"reason\":\"Race.\"}"),
                        () -> api.postJson("api/v1/releases/" + version + "/publish", token, "{}"))));
        String state = TestDatabase.text("select state from dataset_release where version = ?", version);
        same(state.equals("WITHDRAWN") ? 2 : 1, Bursts.count(moves, 200), state + ": " + Bursts.statuses(moves));
        same(1, events("RELEASE_PUBLISHED", version));
        same(state.equals("WITHDRAWN") ? 1 : 0, events("RELEASE_WITHDRAWN", version));

        byte[] csv = Files.readAllBytes(Path.of("src/main/resources/reference/reference-codebook.csv"));
        for (String code : List.of("race-" + round.codebook(), round.codebook())) {
            long before = TestDatabase.count("select count(*) from codebook where code = ?", code);
            String imports = "api/v1/codebooks/" + code + "/imports?title=Race";
            List<Api.Reply> imported = answered(
                    "two imports into " + (before == 0 ? "a new" : "one") + " codebook",
                    Bursts.identical(2, () -> api.postBytes(imports, token, csv)));
            long created = Bursts.count(imported, 201);
            that(created == (before == 0 ? created : 2) && created >= 1, Bursts.statuses(imported));
            same(before + created, TestDatabase.count("select count(*) from codebook where code = ?", code));
            same(
                    created,
                    TestDatabase.count(
                                    "select count(*) from audit_event where action = 'CODEBOOK_IMPORTED' and subject like ?",
                                    code + " v%")
                            - (before == 0 ? 0 : 1));
            Set<String> versions = new HashSet<>();
            imported.stream()
                    .filter(reply -> reply.status() == 201)
                    .forEach(reply -> that(versions.add(String.valueOf(((JsonObject) reply.json()).get("version")))));
        }
    }

    @Test
    void everyWriteOperationOfTheDocumentSentEightTimesAtOnceIsAnsweredTruthfully() throws IOException {
        Api api = new Api(base);
        String token = coordinator();
        Rounds.Round round = new Rounds(api).create();
        round.approve(round.regionB(), "expert2", "reviewer2", "b");
        Api.Reply frozen = api.postJson("api/v1/cycles/" + round.cycle() + "/releases", token, "{}");
        expectCreated(frozen);
        java.util.Map<String, String> values = java.util.Map.of(
                "cycle",
                round.cycle(),
                "region",
                round.regionA(),
                "code",
                round.codebook(),
                "indicator",
                "LAB-ACT-01",
                "username",
                "expert1",
                "id",
                "1",
                "release",
                frozen.json().asJsonObject().getString("version"),
                "sha256",
                org.regindex.platform.control.FileStore.sha256(RaceOfEveryOperation.EVIDENCE),
                "newregion",
                "DK"
                        + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36)
                                .toUpperCase(java.util.Locale.ROOT));
        JsonObject document = api.get("/openapi?format=JSON", null, "Accept", "application/json")
                .json()
                .asJsonObject();
        List<RaceOfEveryOperation.Request> requests = RaceOfEveryOperation.requests(document, values);
        that(requests.size() >= 20, "write operations in the document: " + requests.size());
        for (RaceOfEveryOperation.Request request : requests) {
            answered(BURST + " × " + request.name(), Bursts.identical(BURST, () -> request.send(api)));
        }
    }

    /**
     * What a constraint needs: a sentence for a duplicate of a unique or natural primary key, for a missing
     * parent of a foreign key, and for a still referenced parent of one that does not cascade.
     */
    @Test
    void everyUniqueAndForeignKeyOfTheSchemaHasItsSentence() throws java.sql.SQLException {
        String needed =
                "select c.table_name, c.constraint_name, 'DUPLICATE' from information_schema.table_constraints c"
                        + " where c.table_schema = database() and c.constraint_type in ('UNIQUE', 'PRIMARY KEY')"
                        + " and c.table_name <> 'flyway_schema_history'"
                        + " and not (c.constraint_type = 'PRIMARY KEY' and exists (select 1 from information_schema.columns k"
                        + "   where k.table_schema = c.table_schema and k.table_name = c.table_name"
                        + "   and k.extra like '%auto_increment%'))"
                        + " union all select r.table_name, r.constraint_name, 'MISSING_PARENT'"
                        + " from information_schema.referential_constraints r where r.constraint_schema = database()"
                        + " union all select r.table_name, r.constraint_name, 'STILL_REFERENCED'"
                        + " from information_schema.referential_constraints r where r.constraint_schema = database()"
                        + " and r.delete_rule <> 'CASCADE'";
        List<String> missing = new ArrayList<>();
        int constraints = 0;
        try (java.sql.Connection db = TestDatabase.connect();
                java.sql.PreparedStatement select = db.prepareStatement(needed);
                java.sql.ResultSet row = select.executeQuery()) {
            while (row.next()) {
                constraints++;
                String table = row.getString(1);
                String constraint = row.getString(2);
                long sentences = TestDatabase.count(
                        "select count(*) from constraint_sentence where constraint_name = ? and violation = ?"
                                + " and status in (404, 409) and length(sentence) > 20"
                                + " and (constraint_name <> 'PRIMARY' or table_name = ?)",
                        constraint,
                        row.getString(3),
                        table);
                if (sentences != 1) {
                    missing.add(table + "." + constraint + " " + row.getString(3));
                }
            }
        }
        assertTrue(constraints > 50, "constraints found: " + constraints);
        assertTrue(missing.isEmpty(), "constraints without a sentence in constraint_sentence: " + missing);
        same(
                0,
                TestDatabase.count("select count(*) from constraint_sentence s where s.constraint_name <> 'PRIMARY'"
                        + " and not exists (select 1 from information_schema.table_constraints c"
                        + "   where c.table_schema = database() and c.constraint_name = s.constraint_name"
                        + "   and c.table_name = s.table_name)"),
                "sentences of constraints the schema does not have");
    }
}
