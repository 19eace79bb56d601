package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Browser;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestDatabase;
import org.regindex.testsupport.TestEnvironment;

/**
 * The right of reply over the API: a region's government contact reads its answers once they are reviewed and
 * comments on them until the cycle's reply deadline; the expert and the reviewer answer in the same thread.
 */
@ExtendWith(ArquillianExtension.class)
class RightOfReplyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @ArquillianResource
    URL base;

    private Api api;
    private Rounds.Round round;
    private final Map<String, String> tokens = new HashMap<>();

    private String token(String user) {
        return tokens.computeIfAbsent(user, Keycloak::accessToken);
    }

    /** gov1 is the government contact of region A. */
    @BeforeEach
    void aRoundWithAGovernmentContact() throws IOException {
        api = new Api(base);
        for (String user : List.of("expert1", "reviewer1", "gov1", "coordinator")) {
            assertEquals(200, api.get("api/v1/me", token(user)).status());
        }
        round = new Rounds(api).create();
        Api.Reply assigned = api.postJson(
                cycle() + "/assignments",
                token("coordinator"),
                "{\"region\":\"" + round.regionA() + "\",\"username\":\"gov1\",\"role\":\"government\"}");
        assertEquals(201, assigned.status(), assigned.body());
    }

    @Test
    void theGovernmentRepliesToReviewedAnswersAndTheExpertAndReviewerAnswerBack() {
        assertEquals(
                "Cycle " + round.cycle() + " gives no right of reply.",
                problem(api.get(questionnaire(), token("gov1")), 403));
        schedule("2027-06-30", null, "2027-07-31");
        assertEquals(
                "The answers of " + round.regionA() + " are open to its government contact once they are reviewed;"
                        + " the questionnaire is not started.",
                problem(api.get(questionnaire(), token("gov1")), 403));

        round.answerEverything(token("expert1"));
        assertEquals(200, transition("expert1", "SUBMIT").status());
        assertEquals(
                403,
                api.get(questionnaire() + "/answers/LAB-ACT-01/comments", token("gov1"))
                        .status(),
                "nor the threads before the review");
        assertEquals(403, comment("gov1", "COMMENT", "Too early.").status(), "nor a reply before the review");
        assertEquals(200, transition("reviewer1", "ACCEPT").status());

        JsonObject read = api.get(questionnaire(), token("gov1")).json().asJsonObject();
        assertEquals("REVIEWED", read.getString("state"));
        Api.Reply reply = comment("gov1", "COMMENT", "The 2024 integration plan also covers this; see its article 12.");
        assertEquals(201, reply.status(), reply.body());
        assertEquals(
                "government",
                reply.json()
                        .asJsonObject()
                        .getJsonArray("comments")
                        .getJsonObject(0)
                        .getString("authorCapacity"),
                "the thread marks the reply as the government's");
        assertEquals(
                201,
                comment("expert1", "COMMENT", "Article 12 applies from 2025 only.")
                        .status());
        assertEquals(
                201, comment("reviewer1", "COMMENT", "Agreed with the expert.").status());

        assertEquals(403, comment("gov1", "CHANGE_REQUESTED", "Change it.").status(), "a reply asks for no change");
        assertEquals(
                403,
                api.putJson(
                                questionnaire() + "/answers/LAB-ACT-01",
                                token("gov1"),
                                "{\"option\":\"b\",\"justification\":\"j\",\"version\":1}")
                        .status(),
                "a reply never changes an answer");
        assertEquals(403, transition("gov1", "APPROVE").status());
        assertEquals(
                403,
                api.get("api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionB(), token("gov1"))
                        .status(),
                "another region's answers stay closed");

        List<JsonObject> thread = api.get(questionnaire() + "/answers/LAB-ACT-01/comments", token("expert1"))
                .json()
                .asJsonObject()
                .getJsonArray("comments")
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of("gov1", "expert1", "reviewer1"),
                thread.stream().map(c -> c.getString("author")).toList());
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'REVIEW_COMMENT' and actor = 'gov1'"
                                + " and actor_role = 'government' and cycle_code = ?",
                        round.cycle()));
    }

    @Test
    void theReleasePublishesTheRepliesBesideTheAnswersMarkedAsTheGovernments() throws IOException, SQLException {
        schedule("2027-06-30", null, "2027-07-31");
        round.answerEverything(token("expert1"));
        assertEquals(200, transition("expert1", "SUBMIT").status());
        assertEquals(200, transition("reviewer1", "ACCEPT").status());
        assertEquals(201, comment("reviewer1", "COMMENT", "Before any reply.").status());
        assertEquals(
                201,
                comment("gov1", "COMMENT", "The plan, \\\"article 12\\\", covers it.")
                        .status());
        assertEquals(201, comment("expert1", "COMMENT", "Only from 2025.").status());
        assertEquals(200, transition("coordinator", "APPROVE").status());
        String version = round.publish("With replies");

        JsonObject region = api.get("api/v1/releases/" + version + "/regions/" + round.regionA(), null)
                .json()
                .asJsonObject();
        Map<String, JsonObject> answers = new HashMap<>();
        region.getJsonArray("answers")
                .getValuesAs(JsonObject.class)
                .forEach(a -> answers.put(a.getString("indicator"), a));
        List<JsonObject> replies =
                answers.get("LAB-ACT-01").getJsonArray("replies").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("government", "expert"),
                replies.stream().map(r -> r.getString("capacity")).toList(),
                "from the government's first comment on; the review before it is not published");
        assertEquals("The plan, \"article 12\", covers it.", replies.get(0).getString("text"));
        assertTrue(replies.get(0).getBoolean("byGovernment"));
        assertEquals(TODAY.toString(), replies.get(0).getString("date"));
        assertTrue(
                answers.values().stream()
                        .filter(a -> !a.getString("indicator").equals("LAB-ACT-01"))
                        .allMatch(a -> a.getJsonArray("replies").isEmpty()),
                "the other answers have none");

        Map<String, String> files = unzip(api.download("api/v1/releases/" + version + "/download/datapackage", null));
        assertEquals(
                "region,indicator,reply,by_government,capacity,date,text\r\n"
                        + round.regionA() + ",LAB-ACT-01,1,true,government," + TODAY
                        + ",\"The plan, \"\"article 12\"\", covers it.\"\r\n"
                        + round.regionA() + ",LAB-ACT-01,2,false,expert," + TODAY + ",Only from 2025.\r\n",
                files.get("replies.csv"));
        assertTrue(files.get("checksums.sha256").contains("  replies.csv\n"), "the replies' file is checksummed");
        try (Connection db = TestDatabase.connect();
                Statement sql = db.createStatement()) {
            String id = "(select id from dataset_release where version = '" + version + "')";
            for (String statement : List.of(
                    "update rel_reply set body = 'Softened.' where release_id = " + id,
                    "delete from rel_reply where release_id = " + id,
                    "update dataset_release set records_replies = false where version = '" + version + "'")) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(statement), statement);
                assertTrue(refused.getMessage().contains("immutable"), refused.getMessage());
            }
        }

        String page = api.get("explore/region.xhtml?release=" + version + "&region=" + round.regionA(), null)
                .body();
        assertTrue(
                page.contains("class=\"reply reply-government\"") && page.contains("covers it."),
                "the region page shows the government's reply beside the answer: "
                        + page.substring(Math.max(0, page.indexOf("answer-LAB-ACT-01"))));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void theReplyWindowClosesAtItsDeadlineAndTheAnswersStayReadable() {
        schedule(
                TODAY.minusDays(10).toString(),
                TODAY.minusDays(5).toString(),
                TODAY.minusDays(1).toString());
        round.answerEverything(token("expert1"));
        assertEquals(200, transition("expert1", "SUBMIT").status());
        assertEquals(200, transition("reviewer1", "ACCEPT").status());

        assertEquals(
                "The reply window of cycle " + round.cycle() + " closed on " + TODAY.minusDays(1)
                        + "; no reply is taken now.",
                problem(comment("gov1", "COMMENT", "Late."), 409));
        assertEquals(200, api.get(questionnaire(), token("gov1")).status());
        assertEquals(
                "The reply deadline (" + TODAY.minusDays(6) + ") must not come before the review deadline ("
                        + TODAY.minusDays(5) + ").",
                problem(
                        scheduleReply(
                                TODAY.minusDays(10).toString(),
                                TODAY.minusDays(5).toString(),
                                TODAY.minusDays(6).toString()),
                        400));
    }

    @Test
    void theGovernmentContactRepliesOnTheQuestionnairePageFromMyWork() {
        schedule("2027-06-30", null, "2027-07-31");
        round.answerEverything(token("expert1"));
        assertEquals(200, transition("expert1", "SUBMIT").status());
        assertEquals(200, transition("reviewer1", "ACCEPT").status());

        WebDriver government = Browser.open();
        try {
            government.get(TestEnvironment.onLocalhost(base) + "app/home.xhtml");
            Browser.waitUpTo(government, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            government.findElement(By.id("username")).sendKeys("gov1");
            government.findElement(By.id("password")).sendKeys("gov1");
            government.findElement(By.id("kc-login")).click();
            WebElement mine = Browser.waitUpTo(government, 30)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("governmentQuestionnaires")));
            assertTrue(mine.getText().contains("2027-07-31"), mine.getText());
            mine.findElement(By.partialLinkText(round.regionA())).click();
            Browser.waitUpTo(government, 30).until(ExpectedConditions.visibilityOfElementLocated(By.id("q-title")));
            assertTrue(
                    government.findElements(By.cssSelector("[id$='submit'], [id$='accept'], [id$='approve']")).stream()
                            .noneMatch(WebElement::isDisplayed),
                    "a government contact takes no step");
            WebElement answer = government.findElement(By.id("ind-ADI-ACR-01"));
            answer.findElement(By.cssSelector("[id$='commentText']")).sendKeys("Article 12 of the 2024 plan applies.");
            answer.findElement(By.cssSelector("[id$='comment']")).click();
            Browser.waitUpTo(government, 20)
                    .until(d ->
                            d.findElement(By.id("ind-ADI-ACR-01")).getText().contains("Article 12 of the 2024 plan"));
            Browser.screenshot(government, "right-of-reply");
        } finally {
            government.quit();
        }
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'REVIEW_COMMENT' and actor = 'gov1'"
                                + " and cycle_code = ?",
                        round.cycle()));
    }

    private String cycle() {
        return "api/v1/cycles/" + round.cycle();
    }

    private String questionnaire() {
        return cycle() + "/questionnaires/" + round.regionA();
    }

    private void schedule(String submission, String review, String reply) {
        Api.Reply changed = scheduleReply(submission, review, reply);
        assertEquals(200, changed.status(), changed.body());
        assertEquals(
                reply, changed.json().asJsonObject().getJsonObject("schedule").getString("replyDeadline"));
    }

    private Api.Reply scheduleReply(String submission, String review, String reply) {
        JsonObject read = api.get(cycle(), token("coordinator")).json().asJsonObject();
        return api.putJson(
                cycle(),
                token("coordinator"),
                "{\"name\":\"" + read.getString("name") + "\",\"deadline\":\"" + submission
                        + "\",\"schedule\":{\"reviewDeadline\":" + (review == null ? "null" : "\"" + review + "\"")
                        + ",\"replyDeadline\":\"" + reply + "\"},\"version\":" + read.getInt("version") + "}");
    }

    private Api.Reply transition(String user, String transition) {
        return api.postJson(questionnaire() + "/transitions", token(user), "{\"transition\":\"" + transition + "\"}");
    }

    private Api.Reply comment(String user, String kind, String text) {
        return api.postJson(
                questionnaire() + "/answers/LAB-ACT-01/comments",
                token(user),
                "{\"kind\":\"" + kind + "\",\"text\":\"" + text + "\"}");
    }

    private static String problem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        return reply.json().asJsonObject().getString("detail");
    }
}
