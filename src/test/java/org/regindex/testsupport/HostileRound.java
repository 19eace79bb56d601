package org.regindex.testsupport;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A round whose every text field holds hostile text, typed through the API as a person could: script
 * tags, attribute breakouts, expression-language and template syntax, SQL fragments, a right-to-left
 * override. What the pages and the API give back must be these characters, never their effect.
 */
public final class HostileRound {

    /** Each would set {@code window.__xss} or create an element marked {@code data-xss} if it ever ran. */
    public static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1</script>",
            "\"><img src=x data-xss onerror=\"window.__xss=1\">",
            "'><svg data-xss onload=window.__xss=1>",
            "</textarea></script><script data-xss>window.__xss=1</script>",
            "#{7*191} ${7*191} {{7*191}}",
            "'; DROP TABLE answer; --",
            "' OR '1'='1",
            "\\ %_ \\' \\\"",
            "\u202Eevil\u202C RTL");

    /** Every payload in one text, for the long fields. */
    public static final String FULL = String.join(" | ", PAYLOADS);
    /** The most dangerous ones within 200 characters, for names. */
    public static final String SHORT =
            "<script>window.__xss=1</script>\"><img src=x data-xss onerror=\"window.__xss=1\">"
                    + "#{7*191}${7*191}{{7*191}}'; DROP TABLE answer; --";

    /** The indicator whose question and guidance are hostile; ADI-ACT-02 allows "not applicable". */
    public static final String INDICATOR = "ADI-ACR-01";

    public static final String NOT_APPLICABLE_INDICATOR = "ADI-ACT-02";

    private final Api api;
    private final String coordinator = Keycloak.accessToken("coordinator");

    private final Rounds rounds;

    public HostileRound(Api api) {
        this.api = api;
        this.rounds = new Rounds(api);
    }

    public record Made(String codebook, String cycle, String regionA, String regionB, String release) {}

    /**
     * Codebook (question and guidance of {@link #INDICATOR}, title), regions, cycle, answers of expert1 in
     * region A (justification, not-applicable reason, citation, note), a review comment; region B approved,
     * reopened and approved again with a reason, frozen into a release with title and notes, published
     * and withdrawn with a reason.
     */
    public Made create() throws IOException {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String codebook = "x-" + suffix;
        String csv = hostileCodebook();
        Rounds.expect(
                201,
                api.postBytes(
                        "api/v1/codebooks/" + codebook + "/imports?title="
                                + URLEncoder.encode(SHORT, StandardCharsets.UTF_8),
                        coordinator,
                        csv.getBytes(StandardCharsets.UTF_8)));
        String regionA = rounds.region("DK", SHORT);
        String regionB = rounds.region("DK", SHORT);
        String cycle = "x-round-" + suffix;
        Rounds.expect(
                201,
                api.postJson(
                        "api/v1/cycles",
                        coordinator,
                        Json.createObjectBuilder()
                                .add("code", cycle)
                                .add("name", SHORT)
                                .add(
                                        "codebook",
                                        Json.createObjectBuilder()
                                                .add("code", codebook)
                                                .add("version", 1))
                                .add("deadline", "2027-06-30")
                                .add(
                                        "regions",
                                        Json.createArrayBuilder().add(regionA).add(regionB))
                                .build()
                                .toString()));
        rounds.assignTeams(cycle, regionA, regionB);
        Rounds.Round round = new Rounds.Round(api, codebook, cycle, regionA, regionB);

        String expert = Keycloak.accessToken("expert1");
        String answers = "api/v1/cycles/" + cycle + "/questionnaires/" + regionA + "/answers/";
        Rounds.expect(
                200,
                api.putJson(
                        answers + INDICATOR,
                        expert,
                        Json.createObjectBuilder()
                                .add("option", "a")
                                .add("justification", FULL)
                                .add(
                                        "sources",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("citation", FULL)
                                                        .add("url", "https://example.org/report?q=%3Cscript%3E")))
                                .add("note", FULL)
                                .add("version", 0)
                                .build()
                                .toString()));
        Rounds.expect(
                200,
                api.putJson(
                        answers + NOT_APPLICABLE_INDICATOR,
                        expert,
                        Json.createObjectBuilder()
                                .add("notApplicable", true)
                                .add("notApplicableReason", FULL)
                                .add("justification", FULL)
                                .add(
                                        "sources",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("citation", SHORT)
                                                        .add("url", "")))
                                .add("version", 0)
                                .build()
                                .toString()));
        Rounds.expect(
                201,
                api.postJson(
                        answers + INDICATOR + "/comments",
                        Keycloak.accessToken("reviewer1"),
                        Json.createObjectBuilder()
                                .add("text", FULL)
                                .add("kind", "COMMENT")
                                .build()
                                .toString()));

        round.approve(regionB, "expert2", "reviewer2", "a");
        String transitions = "api/v1/cycles/" + cycle + "/questionnaires/" + regionB + "/transitions";
        Rounds.expect(
                200,
                api.postJson(
                        transitions,
                        coordinator,
                        Json.createObjectBuilder()
                                .add("transition", "REOPEN")
                                .add("reason", FULL)
                                .build()
                                .toString()));
        for (String[] step :
                new String[][] {{"expert2", "SUBMIT"}, {"reviewer2", "ACCEPT"}, {"coordinator", "APPROVE"}}) {
            Rounds.expect(
                    200,
                    api.postJson(transitions, Keycloak.accessToken(step[0]), "{\"transition\":\"" + step[1] + "\"}"));
        }
        Api.Reply frozen = api.postJson(
                "api/v1/cycles/" + cycle + "/releases",
                coordinator,
                Json.createObjectBuilder()
                        .add("regions", Json.createArrayBuilder().add(regionB))
                        .add("title", SHORT)
                        .add("notes", FULL)
                        .build()
                        .toString());
        Rounds.expect(201, frozen);
        String release = frozen.json().asJsonObject().getString("version");
        Rounds.expect(200, api.postJson("api/v1/releases/" + release + "/publish", coordinator, ""));
        Rounds.expect(
                200,
                api.postJson(
                        "api/v1/releases/" + release + "/withdraw",
                        coordinator,
                        Json.createObjectBuilder().add("reason", FULL).build().toString()));
        return new Made(codebook, cycle, regionA, regionB, release);
    }

    /** The reference codebook, with the question and guidance of {@link #INDICATOR} replaced by {@link #FULL}. */
    private static String hostileCodebook() throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVParser parser = CSVParser.parse(
                        Files.readString(Path.of("src/main/resources/reference/reference-codebook.csv")),
                        CSVFormat.RFC4180);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>(record.toList());
                if (values.get(0).equals(INDICATOR)) {
                    values.set(1, FULL);
                    values.set(2, FULL);
                }
                printer.printRecord(values);
            }
        }
        return out.toString();
    }
}
