package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestDatabase;
import org.regindex.testsupport.Workbooks;

/** Data entry through the API: who may read and write which questionnaire, when, and which version. */
@ExtendWith(ArquillianExtension.class)
class QuestionnaireApiIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Rounds.Round round;
    private String expert1;

    @BeforeEach
    void aFreshRound() throws IOException {
        api = new Api(base);
        round = new Rounds(api).create();
        expert1 = Keycloak.accessToken("expert1");
    }

    private String path() {
        return "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA();
    }

    static String answer(String option, String justification, int version) {
        return "{\"option\":" + (option == null ? "null" : "\"" + option + "\"") + ",\"justification\":"
                + Json.createValue(justification)
                + ",\"sources\":[{\"citation\":\"Regional integration plan 2024-2027\",\"url\":\"https://example.org/plan.pdf\"}],"
                + "\"note\":\"call the ministry\",\"version\":" + version + "}";
    }

    private Api.Reply save(String token, String indicator, String body) {
        return api.putJson(path() + "/answers/" + indicator, token, body);
    }

    private Api.Reply transition(String token, String transition) {
        return api.postJson(path() + "/transitions", token, "{\"transition\":\"" + transition + "\"}");
    }

    /** Each first save finds no questionnaire and creates one; the unique key decides, and nobody gets a 500. */
    @Test
    void simultaneousFirstSavesAreEachSavedOrToldSomeoneWasFaster() throws Exception {
        List<String> indicators =
                List.of("LAB-ACT-01", "LAB-ACT-02", "EDU-ACT-01", "HEA-ACT-01", "HOU-ACT-01", "LAN-ACT-01");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService savers = Executors.newFixedThreadPool(indicators.size());
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (String indicator : indicators) {
                replies.add(savers.submit(() -> {
                    start.await();
                    return save(expert1, indicator, answer("a", "Saved at the same moment.", 0));
                }));
            }
            start.countDown();
            int saved = 0;
            for (Future<Api.Reply> reply : replies) {
                Api.Reply answered = reply.get(60, TimeUnit.SECONDS);
                assertTrue(
                        answered.status() == 200 || answered.status() == 409,
                        answered.status() + " " + answered.body());
                saved += answered.status() == 200 ? 1 : 0;
            }
            assertTrue(saved >= 1, "at least the first save is stored");
            assertEquals(
                    saved,
                    api.get(path(), expert1)
                            .json()
                            .asJsonObject()
                            .getJsonArray("answers")
                            .size(),
                    "every acknowledged save is stored, nothing else");
        } finally {
            savers.shutdownNow();
        }
    }

    @Test
    void theExpertReadsAndWritesTheirRegionOnlyAndEachSaveIsAudited() {
        assertEquals(
                "NOT_STARTED", api.get(path(), expert1).json().asJsonObject().getString("state"));
        Api.Reply saved = save(expert1, "LAB-ACT-01", answer("a", "The plan sets targets.", 0));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(1, saved.json().asJsonObject().getInt("version"));

        JsonObject questionnaire = api.get(path(), expert1).json().asJsonObject();
        assertEquals("IN_PROGRESS", questionnaire.getString("state"));
        JsonObject stored = questionnaire.getJsonArray("answers").getJsonObject(0);
        assertEquals("LAB-ACT-01", stored.getString("indicator"));
        assertEquals("a", stored.getJsonObject("answer").getString("option"));
        assertEquals("expert1", stored.getString("updatedBy"));

        String other = "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionB();
        assertEquals(403, api.get(other, expert1).status());
        assertEquals(
                403,
                api.putJson(other + "/answers/LAB-ACT-01", expert1, answer("a", "x", 0))
                        .status());

        String subject = round.cycle() + "/" + round.regionA() + "/LAB-ACT-01";
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'ANSWER_SAVED' and subject = ?"
                                + " and actor = 'expert1' and before_value like '%\"justification\":\"\"%' and after_value like '%The plan sets targets.%'",
                        subject));
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'QUESTIONNAIRE_START' and cycle_code = ?",
                        round.cycle()));
    }

    @Test
    void reviewersAndCoordinatorsReadButCannotWriteAndNeverSeeTheNote() {
        assertEquals(200, save(expert1, "LAB-ACT-01", answer("b", "Partly.", 0)).status());
        for (String user : List.of("reviewer1", "coordinator")) {
            String token = Keycloak.accessToken(user);
            Api.Reply read = api.get(path(), token);
            assertEquals(200, read.status(), user);
            assertFalse(
                    read.json()
                                    .asJsonObject()
                                    .getJsonArray("answers")
                                    .getJsonObject(0)
                                    .getJsonObject("answer")
                                    .containsKey("note")
                            && !read.json()
                                    .asJsonObject()
                                    .getJsonArray("answers")
                                    .getJsonObject(0)
                                    .getJsonObject("answer")
                                    .isNull("note"),
                    user);
            Api.Reply write = save(token, "LAB-ACT-01", answer("a", "Overwrite", 1));
            assertEquals(403, write.status(), user);
            assertEquals(
                    "urn:regindex:problem:ReadOnly", write.json().asJsonObject().getString("type"));
        }
        assertEquals(403, api.get(path(), Keycloak.accessToken("reviewer2")).status(), "a reviewer of another region");
        assertEquals(
                "call the ministry",
                api.get(path(), expert1)
                        .json()
                        .asJsonObject()
                        .getJsonArray("answers")
                        .getJsonObject(0)
                        .getJsonObject("answer")
                        .getString("note"));
    }

    @Test
    void aStaleSaveIsRefusedWithTheNewerValueAndWhoSavedIt() {
        assertEquals(
                200, save(expert1, "EDU-ACT-01", answer("a", "First tab", 0)).status());
        assertEquals(
                200,
                save(expert1, "EDU-ACT-01", answer("b", "Second tab wins", 1)).status());
        Api.Reply stale = save(expert1, "EDU-ACT-01", answer("c", "Stale tab", 1));
        assertEquals(409, stale.status());
        String detail = stale.json().asJsonObject().getString("detail");
        assertTrue(
                detail.startsWith("Your change to EDU-ACT-01 was not saved: expert1 saved a newer version at "),
                detail);
        assertTrue(detail.contains("option b, justification \"Second tab wins\", 1 source"), detail);
        assertEquals(
                "Second tab wins",
                api.get(path(), expert1)
                        .json()
                        .asJsonObject()
                        .getJsonArray("answers")
                        .getJsonObject(0)
                        .getJsonObject("answer")
                        .getString("justification"));
        assertEquals(
                200,
                save(expert1, "EDU-ACT-01", answer("b", "Second tab wins", 1)).status(),
                "a replayed save changes nothing");
        assertEquals(
                2,
                api.get(path(), expert1)
                        .json()
                        .asJsonObject()
                        .getJsonArray("answers")
                        .getJsonObject(0)
                        .getInt("version"));
    }

    @Test
    void invalidAnswersGetClearMessagesAndChangeNothing() {
        assertEquals(
                "The answer to LAB-ACT-01 was not saved: \"z\" is not an option of LAB-ACT-01 (its options are a, b, c).",
                problem(save(expert1, "LAB-ACT-01", answer("z", "x", 0)), 400));
        assertEquals(
                "There is no indicator NOPE-01 in codebook " + round.codebook() + " v1.",
                problem(save(expert1, "NOPE-01", answer("a", "x", 0)), 404));
        assertTrue(problem(save(expert1, "LAB-ACT-01", "{\"notApplicable\":true,\"version\":0}"), 400)
                .contains("does not allow \"not applicable\""));
        assertTrue(problem(save(expert1, "LAB-ACT-01", answer("a", "j".repeat(10_001), 0)), 400)
                .contains("The justification has 10001 characters; at most 10000 are allowed."));
        assertTrue(problem(
                        save(
                                expert1,
                                "LAB-ACT-01",
                                "{\"option\":\"a\",\"sources\":[{\"citation\":\"Law\",\"url\":\"javascript:alert(1)\"}],\"version\":0}"),
                        400)
                .contains("The URL of source 1 is not a web address starting with http:// or https://."));
        assertTrue(problem(
                        save(
                                expert1,
                                "LAB-ACT-01",
                                "{\"option\":\"a\",\"sources\":[{\"citation\":\"\",\"url\":\"https://example.org\"}],\"version\":0}"),
                        400)
                .contains("Source 1 needs a citation"));
        StringBuilder many = new StringBuilder("{\"option\":\"a\",\"version\":0,\"sources\":[");
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",")
                    .append("{\"citation\":\"Source ")
                    .append(i)
                    .append("\"}");
        }
        assertTrue(problem(save(expert1, "LAB-ACT-01", many + "]}"), 400).contains("at most 20 sources"));
        assertEquals(
                0,
                TestDatabase.count(
                        "select count(*) from answer a join questionnaire q on q.id = a.questionnaire_id"
                                + " join cycle c on c.id = q.cycle_id where c.code = ?",
                        round.cycle()));
    }

    private static String problem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        return reply.json().asJsonObject().getString("detail");
    }

    /** LAB-01 asks for the expert's confidence before submitting, EDU-01 does not. */
    static final String CONFIDENCE_CODEBOOK = String.join(
            "\n",
            "indicator,question,guidance,not_applicable,confidence_required,Policy area [policy_area],"
                    + "option_1_code,option_1_label,option_1_score,option_2_code,option_2_label,option_2_score",
            "LAB-01,Is there a labour-market strategy?,,no,yes,Labour market [LAB],a,Yes,100,b,No,0",
            "EDU-01,Are there language courses?,,no,no,Education [EDU],a,Yes,100,b,No,0",
            "");

    private static JsonObject savedAnswer(Api api, String path, String token, String indicator) {
        return api.get(path, token).json().asJsonObject().getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("indicator").equals(indicator))
                .findFirst()
                .orElseThrow()
                .getJsonObject("answer");
    }

    @Test
    void theConfidenceIsAskedWhereTheCodebookSaysKeptWhenNotSentAndPublishedWithTheRelease() {
        Rounds.Round small = new Rounds(api).create("DK", "DK", CONFIDENCE_CODEBOOK.getBytes(StandardCharsets.UTF_8));
        String questionnaire = "api/v1/cycles/" + small.cycle() + "/questionnaires/" + small.regionA();
        String sources = ",\"sources\":[{\"citation\":\"Regional plan\",\"url\":\"https://example.org\"}]";
        assertEquals(
                200,
                api.putJson(
                                questionnaire + "/answers/LAB-01",
                                expert1,
                                "{\"option\":\"a\",\"justification\":\"Plan.\"" + sources + ",\"version\":0}")
                        .status());
        assertEquals(
                200,
                api.putJson(
                                questionnaire + "/answers/EDU-01",
                                expert1,
                                "{\"option\":\"b\",\"justification\":\"None.\"" + sources + ",\"version\":0}")
                        .status());
        JsonObject lacking = api.get(questionnaire, expert1).json().asJsonObject();
        assertEquals(
                "[{\"indicator\":\"LAB-01\",\"lacking\":[\"no confidence\"]}]",
                lacking.getJsonArray("missing").toString(),
                "only where the codebook asks for it");
        assertTrue(transition(expert1, questionnaire, "SUBMIT").body().contains("no confidence"));

        Api.Reply wrong = api.putJson(
                questionnaire + "/answers/LAB-01",
                expert1,
                "{\"option\":\"b\",\"justification\":\"Plan.\"" + sources
                        + ",\"confidence\":\"certain\",\"version\":1}");
        assertEquals("The confidence must be low, medium or high, not \"certain\".", problem(wrong, 400));
        assertEquals("a", savedAnswer(api, questionnaire, expert1, "LAB-01").getString("option"), "nothing stored");

        assertEquals(
                200,
                api.putJson(
                                questionnaire + "/answers/LAB-01",
                                expert1,
                                "{\"option\":\"a\",\"justification\":\"Plan.\"" + sources
                                        + ",\"confidence\":\"LOW\",\"version\":1}")
                        .status());
        assertEquals(
                200,
                api.putJson(
                                questionnaire + "/answers/LAB-01",
                                expert1,
                                "{\"option\":\"a\",\"justification\":\"The plan.\"" + sources + ",\"version\":2}")
                        .status());
        assertEquals(
                "low",
                savedAnswer(api, questionnaire, Keycloak.accessToken("reviewer1"), "LAB-01")
                        .getString("confidence"),
                "a save that does not send it keeps it, and the reviewer sees it");
        assertEquals(
                "0,1,1",
                TestDatabase.text(
                        "select group_concat(after_value like '%\"confidence\":\"low\"%' order by id) from audit_event"
                                + " where cycle_code = ? and region_code = ? and subject like '%LAB-01'",
                        small.cycle(), small.regionA()),
                "the trail records the change to it, and keeps it on the next save");

        small.submitToApproved(small.regionA(), "expert1", "reviewer1");
        String version = small.publish("Confidence");
        String answers = new String(
                api.download("api/v1/releases/" + version + "/download/csv-long", null), StandardCharsets.UTF_8);
        List<String> lines = answers.lines().toList();
        assertTrue(lines.get(0).endsWith(",confidence"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",LAB-01,") && l.endsWith(",low")), answers);
        assertTrue(lines.stream().anyMatch(l -> l.contains(",EDU-01,") && l.endsWith(",")), answers);
        JsonObject profile = api.get("api/v1/releases/" + version + "/regions/" + small.regionA(), null)
                .json()
                .asJsonObject();
        assertEquals(1, profile.getInt("lowConfidence"));
        String indicatorPage = api.get("explore/indicator.xhtml?release=" + version + "&indicator=LAB-01", null)
                .body();
        assertTrue(indicatorPage.contains("<td class=\"answer-confidence\">low</td>"), indicatorPage);
        String regionPage = api.get("explore/region.xhtml?release=" + version + "&region=" + small.regionA(), null)
                .body();
        assertTrue(regionPage.contains("50 % of the answers (1 of 2)"), regionPage);
    }

    private Api.Reply transition(String token, String questionnaire, String transition) {
        return api.postJson(questionnaire + "/transitions", token, "{\"transition\":\"" + transition + "\"}");
    }

    @Test
    void textIsStoredAsTyped() {
        String script = "<script>alert('x')</script> & \"quotes\" — ünïcødé";
        assertEquals(200, save(expert1, "LAB-ACT-01", answer("a", script, 0)).status());
        assertEquals(
                script,
                api.get(path(), expert1)
                        .json()
                        .asJsonObject()
                        .getJsonArray("answers")
                        .getJsonObject(0)
                        .getJsonObject("answer")
                        .getString("justification"));
    }

    @Test
    void submitIsRefusedUntilCompleteThenLocksEntryAndIsIdempotent() {
        save(expert1, "LAB-ACT-01", answer("a", "Done", 0));
        Api.Reply incomplete = transition(expert1, "SUBMIT");
        assertEquals(409, incomplete.status());
        assertTrue(
                incomplete
                        .json()
                        .asJsonObject()
                        .getString("detail")
                        .startsWith("The questionnaire cannot be submitted yet: 71 items are missing"),
                incomplete.body());
        JsonObject questionnaire = api.get(path(), expert1).json().asJsonObject();
        assertEquals(71, questionnaire.getJsonArray("missing").size());

        round.answerEverything(expert1, "LAB-ACT-01");
        Api.Reply submitted = transition(expert1, "SUBMIT");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.json().asJsonObject().getString("state"));
        assertTrue(submitted.json().asJsonObject().getBoolean("changed"));
        Api.Reply again = transition(expert1, "SUBMIT");
        assertEquals(200, again.status());
        assertFalse(again.json().asJsonObject().getBoolean("changed"), "a double submit changes nothing");

        Api.Reply locked = save(expert1, "LAB-ACT-01", answer("b", "Too late", 1));
        assertEquals(409, locked.status());
        assertEquals(
                "urn:regindex:problem:QuestionnaireLocked",
                locked.json().asJsonObject().getString("type"));
        assertEquals(
                403, transition(Keycloak.accessToken("reviewer1"), "SUBMIT").status(), "only the expert submits");
    }

    @Test
    void aClosedCycleIsClosedToItsExperts() {
        String coordinator = Keycloak.accessToken("coordinator");
        save(expert1, "LAB-ACT-01", answer("a", "Before closing", 0));
        api.postJson("api/v1/cycles/" + round.cycle() + "/close", coordinator, "");
        Api.Reply write = save(expert1, "LAB-ACT-01", answer("b", "After closing", 1));
        assertEquals(409, write.status());
        assertEquals(
                "urn:regindex:problem:CycleClosed", write.json().asJsonObject().getString("type"));
        assertEquals(403, api.get(path(), expert1).status());
        assertEquals(200, api.get(path(), coordinator).status());
    }

    @Test
    void anExcelRoundTripAppliesChangesAllOrNothingAndReportsConflicts() {
        assertEquals(
                200,
                save(expert1, "LAB-ACT-01", answer("a", "Online answer", 0)).status());
        byte[] downloaded = api.download(path() + "/workbook", expert1);
        byte[] edited = Workbooks.withCell(downloaded, "answers", "LAB-ACT-01", "justification", "Offline edit");
        edited = Workbooks.withCell(edited, "answers", "EDU-ACT-01", "option", "b");
        edited = Workbooks.withCell(
                edited,
                "answers",
                "EDU-ACT-01",
                "sources",
                "Education act 2021 | https://example.org/act\nSchool survey");

        assertEquals(
                200,
                save(expert1, "LAB-ACT-01", answer("b", "Changed online meanwhile", 1))
                        .status());
        Api.Reply conflict = api.postBytes(path() + "/workbook?fileName=mine.xlsx", expert1, edited);
        assertEquals(409, conflict.status(), conflict.body());
        JsonObject error = conflict.json().asJsonObject().getJsonArray("errors").getJsonObject(0);
        assertTrue(
                error.getString("message")
                        .startsWith("Conflict: LAB-ACT-01 was changed in the app since your download by expert1"),
                error.getString("message"));
        JsonObject afterConflict = api.get(path(), expert1).json().asJsonObject();
        assertEquals(1, afterConflict.getJsonArray("answers").size(), "EDU-ACT-01 was not applied either");
        assertEquals(
                "Changed online meanwhile",
                afterConflict
                        .getJsonArray("answers")
                        .getJsonObject(0)
                        .getJsonObject("answer")
                        .getString("justification"));

        byte[] fresh =
                Workbooks.withCell(api.download(path() + "/workbook", expert1), "answers", "EDU-ACT-01", "option", "b");
        fresh = Workbooks.withCell(
                fresh,
                "answers",
                "EDU-ACT-01",
                "sources",
                "Education act 2021 | https://example.org/act\nSchool survey");
        Api.Reply applied = api.postBytes(path() + "/workbook?fileName=mine.xlsx", expert1, fresh);
        assertEquals(200, applied.status(), applied.body());
        assertEquals(1, applied.json().asJsonObject().getInt("changed"));
        assertEquals(71, applied.json().asJsonObject().getInt("unchanged"));
        JsonObject edu = api
                .get(path(), expert1)
                .json()
                .asJsonObject()
                .getJsonArray("answers")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> a.getString("indicator").equals("EDU-ACT-01"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("answer");
        assertEquals("b", edu.getString("option"));
        assertEquals(
                "https://example.org/act",
                edu.getJsonArray("sources").getJsonObject(0).getString("url"));
        assertEquals(
                "School survey", edu.getJsonArray("sources").getJsonObject(1).getString("citation"));

        byte[] invalid =
                Workbooks.withCell(api.download(path() + "/workbook", expert1), "answers", "HEA-ACT-01", "option", "q");
        Api.Reply refused = api.postBytes(path() + "/workbook?fileName=mine.xlsx", expert1, invalid);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json()
                .asJsonObject()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("message")
                .contains("\"q\" is not an option of HEA-ACT-01"));
    }

    @Test
    void theCommentsOfAnIndicatorTheCodebookLacksAre404ForReadingAsForWriting() {
        String nope = path() + "/answers/NOPE-01/comments";
        String sentence = "There is no indicator NOPE-01 in codebook " + round.codebook() + " v1.";
        assertEquals(sentence, problem(api.get(nope, expert1), 404));
        assertEquals(sentence, problem(api.postJson(nope, expert1, "{\"text\":\"Which?\"}"), 404));
        assertEquals(403, api.get(nope, Keycloak.accessToken("expert2")).status(), "strangers learn nothing of it");
        Api.Reply known = api.get(path() + "/answers/LAB-ACT-01/comments", expert1);
        assertEquals(200, known.status(), known.body());
        assertEquals(0, known.json().asJsonObject().getJsonArray("comments").size());
    }

    @Test
    void startAndResumeAreNeverAskedForTheyFollowFromASave() {
        String choices =
                "SUBMIT, REQUEST_CHANGES, ACCEPT, COUNTRY_APPROVE, COUNTRY_RETURN, COUNTRY_UNAPPROVE, APPROVE, RETURN or REOPEN";
        assertEquals(
                "START is not asked for: a questionnaire starts when its expert saves an answer."
                        + " The transitions you can ask for are " + choices + ".",
                problem(transition(expert1, "START"), 400));
        assertEquals(
                "RESUME is not asked for: a questionnaire resumes when its expert saves an answer."
                        + " The transitions you can ask for are " + choices + ".",
                problem(transition(expert1, "resume"), 400));
        assertEquals("\"finish\" is not a transition: " + choices + ".", problem(transition(expert1, "finish"), 400));
        assertEquals(
                "urn:regindex:problem:UnknownTransition",
                transition(expert1, "START").json().asJsonObject().getString("type"));
        assertEquals(403, transition(Keycloak.accessToken("expert2"), "START").status(), "the role check comes first");
        assertEquals(
                "NOT_STARTED", api.get(path(), expert1).json().asJsonObject().getString("state"));
    }

    private static JsonObject indicator(JsonObject questionnaire, String code) {
        return questionnaire.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theDocumentCarriesEveryIndicatorWithWhatThePageShowsBesideIt() {
        assertEquals(
                200,
                save(expert1, "LAB-ACT-01", answer("b", "The plan sets targets.", 0))
                        .status());
        assertEquals(
                201,
                api.postJson(
                                path() + "/answers/LAB-ACT-01/comments",
                                Keycloak.accessToken("reviewer1"),
                                "{\"text\":\"Which plan?\"}")
                        .status());
        JsonObject document = api.get(path(), expert1).json().asJsonObject();
        JsonObject codebook = api.get("api/v1/cycles/" + round.cycle() + "/codebook", expert1)
                .json()
                .asJsonObject();
        assertEquals(72, document.getJsonArray("indicators").size());
        assertEquals(
                codebook.getJsonArray("indicators").size(),
                document.getJsonArray("indicators").size());
        JsonObject fromCodebook = codebook.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals("LAB-ACT-01"))
                .findFirst()
                .orElseThrow();

        JsonObject lab = indicator(document, "LAB-ACT-01");
        assertEquals(fromCodebook.getString("question"), lab.getString("question"));
        assertFalse(lab.getString("question").isBlank());
        assertEquals(fromCodebook.getString("guidance"), lab.getString("guidance"));
        assertEquals(fromCodebook.getBoolean("notApplicableAllowed"), lab.getBoolean("notApplicableAllowed"));
        assertEquals(fromCodebook.getJsonArray("options"), lab.getJsonArray("options"), "code, label and score");
        assertEquals(
                List.of("a", "b", "c"),
                lab.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                        .map(o -> o.getString("code"))
                        .toList());
        assertEquals("b", lab.getJsonObject("answer").getJsonObject("answer").getString("option"));
        assertEquals(
                "call the ministry",
                lab.getJsonObject("answer").getJsonObject("answer").getString("note"));
        assertEquals(1, lab.getJsonObject("answer").getInt("version"));
        assertEquals(1, lab.getJsonObject("thread").getInt("comments"));
        assertFalse(lab.getJsonObject("thread").getBoolean("changeRequested"));
        assertFalse(lab.containsKey("published"), "no release of another cycle has this region");

        JsonObject edu = indicator(document, "EDU-ACT-01");
        assertFalse(edu.containsKey("answer"));
        assertFalse(edu.containsKey("thread"));

        JsonObject asReviewer =
                api.get(path(), Keycloak.accessToken("reviewer1")).json().asJsonObject();
        assertFalse(
                indicator(asReviewer, "LAB-ACT-01")
                        .getJsonObject("answer")
                        .getJsonObject("answer")
                        .containsKey("note"),
                "the private note is the expert's alone");
    }

    @Test
    void theCyclesCodebookIsForThoseWhoWorkInTheCycle() {
        String codebook = "api/v1/cycles/" + round.cycle() + "/codebook";
        for (String user : List.of("expert1", "expert2", "reviewer1", "reviewer2", "coordinator")) {
            Api.Reply read = api.get(codebook, Keycloak.accessToken(user));
            assertEquals(200, read.status(), user + ": " + read.body());
            assertEquals(round.codebook(), read.json().asJsonObject().getString("code"));
        }
        assertEquals(401, api.get(codebook, null).status());
        String coordinator = Keycloak.accessToken("coordinator");
        for (String[] assignment :
                List.of(new String[] {round.regionB(), "expert2"}, new String[] {round.regionB(), "reviewer2"})) {
            assertEquals(
                    204,
                    api.delete(
                                    "api/v1/cycles/" + round.cycle() + "/assignments/" + assignment[0] + "/"
                                            + assignment[1],
                                    coordinator)
                            .status());
        }
        Api.Reply refused = api.get(codebook, Keycloak.accessToken("expert2"));
        assertEquals(403, refused.status());
        assertEquals(
                "You work on no region of cycle " + round.cycle()
                        + ", so its codebook is not yours to read here; published releases carry theirs.",
                refused.json().asJsonObject().getString("detail"));
        assertEquals(403, api.get(codebook, Keycloak.accessToken("reviewer2")).status());
        assertEquals(
                403,
                api.get("api/v1/codebooks/" + round.codebook() + "/versions/1", Keycloak.accessToken("expert1"))
                        .status(),
                "the coordinators' catalogue stays theirs");
    }
}
