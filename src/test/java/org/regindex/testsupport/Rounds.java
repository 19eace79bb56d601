package org.regindex.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A data-collection round made through the API for one test: the reference codebook under a fresh
 * code, two fresh regions, and a cycle on both with expert1/reviewer1 on region A and expert2/reviewer2
 * on region B.
 */
public final class Rounds {

    private final Api api;
    private final String coordinator;

    public Rounds(Api api) {
        this.api = api;
        this.coordinator = Keycloak.accessToken("coordinator");
    }

    public record Round(Api api, String codebook, String cycle, String regionA, String regionB) {

        /** Answers every indicator of the reference codebook completely, except those named. */
        public void answerEverything(String expertToken, String... except) {
            answerAll(regionA, expertToken, "a", except);
        }

        /** Answers every indicator of region A completely, each with this justification. */
        public void answerEverythingWith(String justification, String expertToken) {
            answerAllWith(justification, regionA, expertToken, "a");
        }

        /** Freezes the cycle's approved questionnaires as a release with this title and publishes it: its version. */
        public String publish(String title) {
            String coordinator = Keycloak.accessToken("coordinator");
            Api.Reply frozen =
                    api.postJson("api/v1/cycles/" + cycle + "/releases", coordinator, "{\"title\":\"" + title + "\"}");
            if (frozen.status() != 201) {
                throw new IllegalStateException(
                        "Freezing " + cycle + " answered " + frozen.status() + ": " + frozen.body());
            }
            String version = frozen.json().asJsonObject().getString("version");
            Api.Reply published = api.postJson("api/v1/releases/" + version + "/publish", coordinator, "");
            if (published.status() != 200) {
                throw new IllegalStateException(
                        "Publishing " + version + " answered " + published.status() + ": " + published.body());
            }
            return version;
        }

        /** Takes a region's questionnaire to APPROVED, every answer the given option (a or b: every indicator has both). */
        public void approve(String region, String expert, String reviewer, String option) {
            approve(region, expert, reviewer, option, "Documented in the regional plan.");
        }

        /** The same, with this justification on every answer. */
        public void approve(String region, String expert, String reviewer, String option, String justification) {
            answerAllWith(justification, region, Keycloak.accessToken(expert), option);
            submitToApproved(region, expert, reviewer);
        }

        /**
         * Reopens an approved questionnaire, changes one answer (sources as a JSON array) and takes it back to
         * APPROVED: a correction, as a later minor release carries it.
         */
        public void correct(
                String region,
                String expert,
                String reviewer,
                String indicator,
                String option,
                String justification,
                String sourcesJson) {
            String questionnaire = "api/v1/cycles/" + cycle + "/questionnaires/" + region;
            expect(
                    200,
                    api.postJson(
                            questionnaire + "/transitions",
                            Keycloak.accessToken("coordinator"),
                            "{\"transition\":\"REOPEN\",\"reason\":\"Correct " + indicator + ".\"}"));
            int version = api
                    .get(questionnaire, Keycloak.accessToken(expert))
                    .json()
                    .asJsonObject()
                    .getJsonArray("answers")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(a -> a.getString("indicator").equals(indicator))
                    .findFirst()
                    .orElseThrow()
                    .getInt("version");
            expect(
                    200,
                    api.putJson(
                            questionnaire + "/answers/" + indicator,
                            Keycloak.accessToken(expert),
                            "{\"option\":\"" + option + "\",\"justification\":" + Json.createValue(justification)
                                    + ",\"sources\":" + sourcesJson + ",\"version\":" + version + "}"));
            submitToApproved(region, expert, reviewer);
        }

        /** Submits, accepts and approves a region's complete questionnaire. */
        public void submitToApproved(String region, String expert, String reviewer) {
            String transitions = "api/v1/cycles/" + cycle + "/questionnaires/" + region + "/transitions";
            for (String[] step :
                    new String[][] {{expert, "SUBMIT"}, {reviewer, "ACCEPT"}, {"coordinator", "APPROVE"}}) {
                Api.Reply moved = api.postJson(
                        transitions, Keycloak.accessToken(step[0]), "{\"transition\":\"" + step[1] + "\"}");
                if (moved.status() != 200) {
                    throw new IllegalStateException(step[1] + ": " + moved.body());
                }
            }
        }

        void answerAll(String region, String expertToken, String option, String... except) {
            answerAllWith("Documented in the regional plan.", region, expertToken, option, except);
        }

        /**
         * Answers the region's unanswered indicators, except those named, through one upload of the
         * questionnaire's workbook: the same saves as one PUT per answer, in two calls instead of 72.
         */
        void answerAllWith(String justification, String region, String expertToken, String option, String... except) {
            String questionnaire = "api/v1/cycles/" + cycle + "/questionnaires/" + region;
            Set<String> skipped = Set.of(except);
            List<String> missing = api
                    .get(questionnaire, expertToken)
                    .json()
                    .asJsonObject()
                    .getJsonArray("missing")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .map(item -> item.getString("indicator"))
                    .filter(code -> !skipped.contains(code))
                    .toList();
            byte[] answered = Workbooks.withCells(
                    api.download(questionnaire + "/workbook", expertToken),
                    "answers",
                    missing,
                    Map.of(
                            "option",
                            option,
                            "justification",
                            justification,
                            "sources",
                            "Regional plan | https://example.org"));
            Api.Reply saved = api.postBytes(questionnaire + "/workbook?fileName=answers.xlsx", expertToken, answered);
            if (saved.status() != 200 || saved.json().asJsonObject().getInt("changed") != missing.size()) {
                throw new IllegalStateException(
                        "Answering " + missing.size() + " indicators: " + saved.status() + " " + saved.body());
            }
        }
    }

    public Round create() throws IOException {
        return create("DK", "DK");
    }

    /** A round whose two regions are in these countries (ISO codes), e.g. to filter by country. */
    public Round create(String countryA, String countryB) throws IOException {
        return create(
                countryA, countryB, Files.readAllBytes(Path.of("src/main/resources/reference/reference-codebook.csv")));
    }

    /** A round of a codebook of its own (a CSV file in the import layout); every indicator needs options a and b. */
    public Round create(String countryA, String countryB, byte[] codebookFile) {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String codebook = "q-" + suffix;
        expect(
                201,
                api.postBytes(
                        "api/v1/codebooks/" + codebook + "/imports?title=Test&fileName=codebook.csv",
                        coordinator,
                        codebookFile));
        String regionA = region(countryA, null);
        String regionB = region(countryB, null);
        String cycle = "round-" + suffix;
        expect(
                201,
                api.postJson(
                        "api/v1/cycles",
                        coordinator,
                        "{\"code\":\"" + cycle + "\",\"name\":\"Round " + suffix
                                + "\",\"codebook\":{\"code\":\"" + codebook
                                + "\",\"version\":1},\"deadline\":\"2027-06-30\",\"regions\":[\""
                                + regionA + "\",\"" + regionB + "\"]}"));
        assignTeams(cycle, regionA, regionB);
        return new Round(api, codebook, cycle, regionA, regionB);
    }

    /**
     * A fresh region with a random code. A whole build makes a few hundred, so a code is now and then taken
     * already: then another is drawn. Its name is "Region" and the code unless one is given.
     */
    String region(String country, String name) {
        for (int attempt = 1; ; attempt++) {
            String code = country
                    + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36)
                            .toUpperCase();
            Api.Reply made = api.postJson(
                    "api/v1/regions",
                    coordinator,
                    Json.createObjectBuilder()
                            .add("code", code)
                            .add("name", name == null ? "Region " + code : name)
                            .add("country", country)
                            .build()
                            .toString());
            if (made.status() == 409 && attempt < 5) {
                continue;
            }
            expect(201, made);
            return code;
        }
    }

    /** expert1 and reviewer1 on region A, expert2 and reviewer2 on region B. */
    void assignTeams(String cycle, String regionA, String regionB) {
        assign(cycle, regionA, "expert1", "expert");
        assign(cycle, regionA, "reviewer1", "reviewer");
        assign(cycle, regionB, "expert2", "expert");
        assign(cycle, regionB, "reviewer2", "reviewer");
    }

    private void assign(String cycle, String region, String username, String role) {
        expect(
                201,
                api.postJson(
                        "api/v1/cycles/" + cycle + "/assignments",
                        coordinator,
                        "{\"region\":\"" + region + "\",\"username\":\"" + username + "\",\"role\":\"" + role + "\"}"));
    }

    static void expect(int status, Api.Reply reply) {
        if (reply.status() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + reply.status() + ": " + reply.body());
        }
    }
}
