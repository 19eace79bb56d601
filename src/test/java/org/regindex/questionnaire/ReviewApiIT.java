package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.KeycloakAdmin;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestDatabase;

/** Review and approval through the API: threads, change requests, every role rule, audit, e-mail. */
@ExtendWith(ArquillianExtension.class)
class ReviewApiIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
                    new ServerSetup(Integer.getInteger("regindex.smtp.port"), "localhost", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @ArquillianResource
    URL base;

    private Api api;
    private Rounds.Round round;
    private final Map<String, String> tokens = new java.util.HashMap<>();

    private String token(String user) {
        return tokens.computeIfAbsent(user, Keycloak::accessToken);
    }

    @BeforeEach
    void aSubmittedQuestionnaire() throws IOException {
        api = new Api(base);
        for (String user : List.of("expert1", "reviewer1", "reviewer2", "coordinator", "coordinator2")) {
            assertEquals(
                    200,
                    api.get("api/v1/me", token(user)).status(),
                    "everyone has signed in once, so their address is known");
        }
        round = new Rounds(api).create();
        round.answerEverything(token("expert1"));
        assertEquals(
                "SUBMITTED",
                transition("expert1", "SUBMIT", null).json().asJsonObject().getString("state"));
    }

    private String path() {
        return "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA();
    }

    private Api.Reply transition(String user, String transition, String reason) {
        return transitionAt(user, transition, reason, null);
    }

    private Api.Reply transitionAt(String user, String transition, String reason, Integer version) {
        return api.postJson(
                path() + "/transitions",
                token(user),
                "{\"transition\":\"" + transition + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
                        + (version == null ? "" : ",\"version\":" + version) + "}");
    }

    private Api.Reply comment(String user, String indicator, String kind, String text) {
        return api.postJson(
                path() + "/answers/" + indicator + "/comments",
                token(user),
                "{\"kind\":\"" + kind + "\",\"text\":\"" + text + "\"}");
    }

    private static String detail(Api.Reply reply) {
        return reply.json().asJsonObject().getString("detail");
    }

    @Test
    void aChangeRequestGoesBackAndForthUntilTheCoordinatorApproves() throws MessagingException {
        assertEquals(
                201,
                comment("reviewer1", "LAB-ACT-01", "CHANGE_REQUESTED", "Which plan? Cite the 2024 revision.")
                        .status());
        Api.Reply accept = transition("reviewer1", "ACCEPT", null);
        assertEquals(409, accept.status());
        assertEquals(
                "The questionnaire cannot be accepted while 1 change request is open; resolve them or request changes.",
                detail(accept));
        assertEquals(
                "CHANGES_REQUESTED",
                transition("reviewer1", "REQUEST_CHANGES", null)
                        .json()
                        .asJsonObject()
                        .getString("state"));

        assertEquals(
                201,
                comment("expert1", "LAB-ACT-01", "COMMENT", "Done, see the new source.")
                        .status());
        Api.Reply edit = api.putJson(
                path() + "/answers/LAB-ACT-01",
                token("expert1"),
                "{\"option\":\"b\",\"justification\":\"The 2024 revision.\","
                        + "\"sources\":[{\"citation\":\"Plan 2024\",\"url\":\"https://example.org/2024\"}],\"version\":1}");
        assertEquals(200, edit.status(), edit.body());
        assertEquals(
                "IN_PROGRESS",
                api.get(path(), token("expert1")).json().asJsonObject().getString("state"));
        assertEquals(
                "SUBMITTED",
                transition("expert1", "SUBMIT", null).json().asJsonObject().getString("state"));

        JsonObject thread = api.get(path() + "/answers/LAB-ACT-01/comments", token("reviewer1"))
                .json()
                .asJsonObject();
        assertTrue(thread.getBoolean("changeRequested"));
        assertEquals(
                List.of("CHANGE_REQUESTED", "COMMENT"),
                thread.getJsonArray("comments").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("kind"))
                        .toList());
        assertEquals(
                201, comment("reviewer1", "LAB-ACT-01", "RESOLVED", "Thanks.").status());
        assertEquals(
                "REVIEWED",
                transition("reviewer1", "ACCEPT", null).json().asJsonObject().getString("state"));
        assertEquals(
                "APPROVED",
                transition("coordinator", "APPROVE", null).json().asJsonObject().getString("state"));

        assertTrue(MAIL.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 7));
        List<String> received = new ArrayList<>();
        for (Message message : MAIL.getReceivedMessages()) {
            if (message.getSubject().contains(round.regionA())) {
                received.add(message.getAllRecipients()[0] + " "
                        + message.getSubject().replaceAll(".*: ", ""));
            }
        }
        assertTrue(
                received.containsAll(List.of(
                        "reviewer1@regindex.example submitted by Elena Expert",
                        "expert1@regindex.example sent back with change requests by Rafael Reviewer",
                        "coordinator@regindex.example accepted in review by Rafael Reviewer",
                        "coordinator2@regindex.example accepted in review by Rafael Reviewer",
                        "expert1@regindex.example approved by Clara Coordinator",
                        "reviewer1@regindex.example approved by Clara Coordinator")),
                received.toString());
        assertTrue(
                received.stream().noneMatch(r -> r.startsWith("reviewer2@") || r.startsWith("expert2@")),
                received.toString());

        JsonObject inbox =
                api.get("api/v1/me/notifications", token("expert1")).json().asJsonObject();
        assertTrue(inbox.getInt("unread") >= 2);
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'QUESTIONNAIRE_APPROVE' and cycle_code = ?",
                        round.cycle()));
        assertEquals(
                3,
                TestDatabase.count(
                        "select count(*) from audit_event where action like 'REVIEW_%' and cycle_code = ?",
                        round.cycle()));
    }

    @Test
    void aPersonWhoseAccountIsInGermanIsNotifiedInGerman() throws Exception {
        KeycloakAdmin.ensureUser("reviewer-de", "reviewer", "de");
        assertEquals(200, api.get("api/v1/me", token("reviewer-de")).status(), "signed in once: language known");
        assertEquals(
                201,
                api.postJson(
                                "api/v1/cycles/" + round.cycle() + "/assignments",
                                token("coordinator"),
                                "{\"region\":\"" + round.regionA()
                                        + "\",\"username\":\"reviewer-de\",\"role\":\"reviewer\"}")
                        .status());
        assertEquals(
                "REVIEWED",
                transition("reviewer1", "ACCEPT", null).json().asJsonObject().getString("state"));
        assertEquals(
                "CHANGES_REQUESTED",
                transition("coordinator", "RETURN", "Quellen fehlen")
                        .json()
                        .asJsonObject()
                        .getString("state"));

        Message german = null;
        long until = System.currentTimeMillis() + Duration.ofSeconds(20).toMillis();
        while (german == null && System.currentTimeMillis() < until) {
            MAIL.waitForIncomingEmail(1000, 1);
            for (Message message : MAIL.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals("reviewer-de@regindex.example")
                        && message.getSubject().contains(round.regionA())
                        && message.getSubject().contains("Clara Coordinator")) {
                    german = message;
                }
            }
        }
        assertTrue(german != null, "an e-mail to reviewer-de about the return");
        assertTrue(
                german.getSubject().endsWith(": zur Überarbeitung zurückgegeben von Clara Coordinator"),
                german.getSubject());
        String body = german.getContent().toString();
        assertTrue(body.startsWith("Der Fragebogen von "), body);
        assertTrue(body.contains("wurde von Clara Coordinator zur Überarbeitung zurückgegeben."), body);
        assertTrue(body.contains("Begründung: Quellen fehlen"), body);
        assertTrue(body.contains("Öffnen: http"), body);
        for (Message message : MAIL.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals("reviewer1@regindex.example")
                    && message.getSubject().contains(round.regionA())
                    && message.getSubject().contains("Clara Coordinator")) {
                assertTrue(
                        message.getSubject().endsWith(": returned for changes by Clara Coordinator"),
                        message.getSubject());
            }
        }
        String inbox = api.get("api/v1/me/notifications", token("reviewer-de")).body();
        assertTrue(inbox.contains("zur Überarbeitung zurückgegeben von Clara Coordinator"), inbox);
    }

    @Test
    void everyRoleRuleHoldsAgainstDirectCalls() {
        assertEquals(
                403,
                comment("reviewer2", "LAB-ACT-01", "COMMENT", "I review another region")
                        .status());
        assertEquals(403, transition("reviewer2", "ACCEPT", null).status());
        assertEquals(403, api.get(path() + "/audit", token("reviewer2")).status());
        Api.Reply expertAccepts = transition("expert1", "ACCEPT", null);
        assertEquals(403, expertAccepts.status());
        assertEquals("Only the region's reviewer may accept this questionnaire.", detail(expertAccepts));
        assertEquals(
                403,
                comment("expert1", "LAB-ACT-01", "CHANGE_REQUESTED", "Asking myself")
                        .status());
        Api.Reply requestWithoutThread = transition("reviewer1", "REQUEST_CHANGES", null);
        assertEquals(409, requestWithoutThread.status());

        Api.Reply early = transition("coordinator", "APPROVE", null);
        assertEquals(409, early.status());
        assertEquals(
                "A questionnaire that is submitted cannot be approved. Nothing is yours to do on it now.",
                detail(early));
        assertEquals(
                "REVIEWED",
                transition("reviewer1", "ACCEPT", null).json().asJsonObject().getString("state"));
        Api.Reply noReason = transition("coordinator", "RETURN", null);
        assertEquals(400, noReason.status());
        assertEquals("Give a reason to return a questionnaire.", detail(noReason));
        Api.Reply illegal = transition("coordinator", "REOPEN", "typo in a source");
        assertEquals(409, illegal.status());
        assertEquals(
                "A questionnaire that is reviewed cannot be reopened. You may approve or return it.", detail(illegal));
        assertEquals(
                "CHANGES_REQUESTED",
                transition("coordinator", "RETURN", "Sources for housing are missing")
                        .json()
                        .asJsonObject()
                        .getString("state"));
        assertEquals(200, api.get(path() + "/audit", token("expert1")).status());
    }

    @Test
    void twoCoordinatorsApprovingAtOnceOneWinsAndTheOtherIsTold() throws Exception {
        transition("reviewer1", "ACCEPT", null);
        int version =
                api.get(path(), token("coordinator")).json().asJsonObject().getInt("version");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (String user : List.of("coordinator", "coordinator2")) {
            token(user);
            Callable<Api.Reply> approve = () -> {
                together.await();
                return transitionAt(user, "APPROVE", null, version);
            };
            replies.add(pool.submit(approve));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Reply> reply : replies) {
            statuses.add(reply.get().status());
        }
        pool.shutdown();
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 409), statuses);
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'QUESTIONNAIRE_APPROVE' and cycle_code = ?",
                        round.cycle()));
        Api.Reply replay = transitionAt("coordinator", "APPROVE", null, version);
        assertTrue(
                replay.status() == 200 || replay.status() == 409, "a replay is harmless or told, never applied twice");
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'QUESTIONNAIRE_APPROVE' and cycle_code = ?",
                        round.cycle()));
    }

    @Test
    void auditEventsAndCommentsCannotBeChangedEvenWithSql() throws SQLException {
        comment("reviewer1", "LAB-ACT-01", "COMMENT", "Looks right.");
        try (Connection db = TestDatabase.connect();
                Statement sql = db.createStatement()) {
            for (String statement : List.of(
                    "update audit_event set actor = 'someone' where cycle_code = '" + round.cycle() + "'",
                    "delete from audit_event where cycle_code = '" + round.cycle() + "'",
                    "update review_comment set body = 'edited'",
                    "delete from review_comment")) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(statement), statement);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
    }

    @Test
    void inABlindReviewExpertAndReviewerSeeEachOtherOnlyByRole() {
        JsonObject cycle = api.get("api/v1/cycles/" + round.cycle(), token("coordinator"))
                .json()
                .asJsonObject();
        Api.Reply blind = api.putJson(
                "api/v1/cycles/" + round.cycle(),
                token("coordinator"),
                "{\"name\":\"" + cycle.getString("name") + "\",\"deadline\":\"" + cycle.getString("deadline")
                        + "\",\"blindReview\":true,\"version\":" + cycle.getInt("version") + "}");
        assertEquals(200, blind.status(), blind.body());
        comment("reviewer1", "LAB-ACT-01", "COMMENT", "Please add the page number.");
        comment("expert1", "LAB-ACT-01", "COMMENT", "Page 12.");
        assertEquals(List.of("reviewer1", "Expert"), authors("reviewer1"));
        assertEquals(List.of("Reviewer", "expert1"), authors("expert1"));
        assertEquals(List.of("reviewer1", "expert1"), authors("coordinator"));
        assertEquals(
                "Expert",
                api.get(path(), token("reviewer1"))
                        .json()
                        .asJsonObject()
                        .getJsonArray("answers")
                        .getJsonObject(0)
                        .getString("updatedBy"));
    }

    private List<String> authors(String viewer) {
        return api
                .get(path() + "/answers/LAB-ACT-01/comments", token(viewer))
                .json()
                .asJsonObject()
                .getJsonArray("comments")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(c -> c.getString("author"))
                .toList();
    }
}
