package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

/**
 * Deadlines per step and their reminders against the running server, whose schedule looks for due reminders every
 * two seconds (REMINDERS_CHECK_SECONDS in the build): each automatic reminder goes out once per person, step, kind
 * and deadline however often the schedule looks, because it is recorded in the database before it is sent (what a
 * restarted or second instance reads too); in the person's language; by hand only for coordinators.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
                    new ServerSetup(Integer.getInteger("regindex.smtp.port"), "localhost", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @ArquillianResource
    URL base;

    private Api api;
    private Rounds.Round round;
    private String cycleName;
    private final Map<String, String> tokens = new java.util.HashMap<>();

    private String token(String user) {
        return tokens.computeIfAbsent(user, Keycloak::accessToken);
    }

    /** Region A submitted (it waits for its reviewers, reviewer1 and reviewer-de); region B not started (expert2). */
    @BeforeEach
    void aRoundHalfWayThrough() throws IOException {
        api = new Api(base);
        KeycloakAdmin.ensureUser("reviewer-de", "reviewer", "de");
        for (String user : List.of("expert1", "expert2", "reviewer1", "reviewer-de", "coordinator")) {
            assertEquals(200, api.get("api/v1/me", token(user)).status(), "signed in once: address and language known");
        }
        round = new Rounds(api).create();
        assertEquals(
                201,
                api.postJson(
                                cycle() + "/assignments",
                                token("coordinator"),
                                "{\"region\":\"" + round.regionA()
                                        + "\",\"username\":\"reviewer-de\",\"role\":\"reviewer\"}")
                        .status());
        round.answerEverything(token("expert1"));
        assertEquals(
                200,
                api.postJson(
                                cycle() + "/questionnaires/" + round.regionA() + "/transitions",
                                token("expert1"),
                                "{\"transition\":\"SUBMIT\"}")
                        .status());
        cycleName = api.get(cycle(), token("coordinator")).json().asJsonObject().getString("name");
    }

    @Test
    void automaticRemindersGoOutOncePerPersonAndStepInTheirLanguageHoweverOftenTheScheduleLooks() throws Exception {
        assertEquals(0, sentInCycle(), "a cycle reminds nobody until its coordinator asks for reminders");
        JsonObject cycle = schedule(TODAY.minusDays(3), TODAY.plusDays(2), null, 3);
        assertEquals(
                TODAY.plusDays(2).toString(), cycle.getJsonObject("schedule").getString("reviewDeadline"));
        assertEquals(3, cycle.getJsonObject("schedule").getInt("reminderDaysBefore"));

        awaitSent(3);
        Map<String, List<Message>> mails = mailsOfThisCycle(3);
        assertEquals(List.of("expert2", "reviewer-de", "reviewer1"), List.copyOf(mails.keySet()));
        String overdue = mails.get("expert2").get(0).getSubject();
        assertTrue(overdue.startsWith("[Regindex] Overdue: questionnaires to submit by "), overdue);
        assertTrue(mails.get("expert2").get(0).getContent().toString().contains("(" + round.regionB() + ")"));
        String german = mails.get("reviewer-de").get(0).getSubject();
        assertTrue(german.startsWith("[Regindex] Erinnerung: bis "), german);
        assertTrue(german.endsWith(" zu begutachtende Fragebögen, " + cycleName), german);
        assertTrue(mails.get("reviewer1").get(0).getContent().toString().contains("(" + round.regionA() + ")"));

        Thread.sleep(7000); // three more looks of the schedule
        assertEquals(3, sentInCycle(), "no reminder recorded twice");
        assertEquals(
                3, mailsOfThisCycle(3).values().stream().mapToInt(List::size).sum(), "no e-mail sent twice");
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from notification where recipient = 'reviewer1' and subject like ?",
                        "Reminder:%" + cycleName),
                "one reminder in the application too");

        List<JsonObject> listed = api.get(cycle() + "/reminders", token("coordinator"))
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(3, listed.size());
        assertTrue(listed.stream()
                .anyMatch(r -> r.getString("recipient").equals("expert2")
                        && r.getString("step").equals("SUBMISSION")
                        && r.getString("kind").equals("OVERDUE")
                        && r.getJsonArray("regions").getString(0).equals(round.regionB())));

        schedule(TODAY.minusDays(3), TODAY.plusDays(1), null, 3);
        awaitSent(5);
        assertEquals(
                2,
                TestDatabase.count(
                        "select count(*) from reminder_sent s join cycle c on c.id = s.cycle_id"
                                + " where c.code = ? and s.step = 'REVIEW' and s.deadline = ?",
                        round.cycle(),
                        java.sql.Date.valueOf(TODAY.plusDays(1))),
                "a moved deadline is a new deadline: its reviewers are reminded of it once");
    }

    @Test
    void aCoordinatorRemindsAStepByHandAndNobodyElseMay() throws Exception {
        List<JsonObject> reminded = api.postJson(
                        cycle() + "/reminders", token("coordinator"), "{\"step\":\"SUBMISSION\"}")
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, reminded.size(), "region A is submitted: only region B's expert still has to");
        assertEquals("expert2", reminded.get(0).getString("recipient"));
        assertEquals("BEFORE", reminded.get(0).getString("kind"));
        Message mail = mailsOfThisCycle(1).get("expert2").get(0);
        assertTrue(
                mail.getContent().toString().contains("Sent by Clara Coordinator."),
                mail.getContent().toString());
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'REMINDER_SENT' and cycle_code = ?",
                        round.cycle()));

        String path = cycle() + "/reminders";
        assertEquals(401, api.postJson(path, null, "{\"step\":\"REVIEW\"}").status());
        for (String user : List.of("expert1", "reviewer1")) {
            assertEquals(
                    403,
                    api.postJson(path, token(user), "{\"step\":\"REVIEW\"}").status(),
                    user);
            assertEquals(403, api.get(path, token(user)).status(), user);
        }
        assertEquals(
                "There is no step \"LATER\" to remind of; the steps are SUBMISSION, REVIEW, APPROVAL.",
                problem(api.postJson(path, token("coordinator"), "{\"step\":\"LATER\"}"), 400));
        assertEquals(
                "The body must name the step to remind of: SUBMISSION, REVIEW, APPROVAL.",
                problem(api.postJson(path, token("coordinator"), "{}"), 400));
        assertEquals(
                404,
                api.postJson("api/v1/cycles/no-such-cycle/reminders", token("coordinator"), "{\"step\":\"REVIEW\"}")
                        .status());
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'REMINDER_SENT'" + " and cycle_code = ?",
                        round.cycle()),
                "refused requests send and record nothing");
        Thread.sleep(5000);
        assertEquals(0, sentInCycle(), "by hand is not automatic: the cycle still asks for no reminders");
    }

    @Test
    void aScheduleOutOfOrderIsRefusedWithASentenceAndChangesNothing() {
        String version = Integer.toString(
                api.get(cycle(), token("coordinator")).json().asJsonObject().getInt("version"));
        String body = "{\"name\":\"" + cycleName + "\",\"deadline\":\"2027-06-30\",\"version\":" + version
                + ",\"schedule\":{\"reviewDeadline\":\"2027-06-01\"}}";
        assertEquals(
                "The review deadline (2027-06-01) must not come before the submission deadline (2027-06-30).",
                problem(api.putJson(cycle(), token("coordinator"), body), 400));
        assertEquals(
                "Reminders start 0 to 60 days before a deadline, not 90.",
                problem(
                        api.putJson(
                                cycle(),
                                token("coordinator"),
                                body.replace("\"reviewDeadline\":\"2027-06-01\"", "\"reminderDaysBefore\":90")),
                        400));
        JsonObject unchanged = api.get(cycle(), token("coordinator")).json().asJsonObject();
        assertEquals(version, Integer.toString(unchanged.getInt("version")));
        assertTrue(unchanged.getJsonObject("schedule").isEmpty(), unchanged.toString());
    }

    private String cycle() {
        return "api/v1/cycles/" + round.cycle();
    }

    private JsonObject schedule(LocalDate submission, LocalDate review, LocalDate approval, Integer days) {
        int version =
                api.get(cycle(), token("coordinator")).json().asJsonObject().getInt("version");
        String body = "{\"name\":\"" + cycleName + "\",\"deadline\":\"" + submission + "\",\"version\":" + version
                + ",\"schedule\":{\"reviewDeadline\":" + quoted(review) + ",\"approvalDeadline\":" + quoted(approval)
                + ",\"reminderDaysBefore\":" + days + "}}";
        Api.Reply changed = api.putJson(cycle(), token("coordinator"), body);
        assertEquals(200, changed.status(), changed.body());
        return changed.json().asJsonObject();
    }

    private static String quoted(LocalDate date) {
        return date == null ? "null" : "\"" + date + "\"";
    }

    private long sentInCycle() {
        return TestDatabase.count(
                "select count(*) from reminder_sent s join cycle c on c.id = s.cycle_id where c.code = ?",
                round.cycle());
    }

    private void awaitSent(int count) throws InterruptedException {
        for (int i = 0; i < 60 && sentInCycle() < count; i++) {
            Thread.sleep(500);
        }
        assertEquals(count, sentInCycle());
    }

    /** The reminder e-mails about this round, by recipient's username, once {@code atLeast} have arrived. */
    private Map<String, List<Message>> mailsOfThisCycle(int atLeast) throws MessagingException, InterruptedException {
        Map<String, List<Message>> mails = new TreeMap<>();
        for (int i = 0; i < 40; i++) {
            mails.clear();
            for (Message message : MAIL.getReceivedMessages()) {
                if (message.getSubject().endsWith(", " + cycleName)) {
                    String to = message.getAllRecipients()[0].toString();
                    mails.computeIfAbsent(to.substring(0, to.indexOf('@')), k -> new ArrayList<>())
                            .add(message);
                }
            }
            if (mails.values().stream().mapToInt(List::size).sum() >= atLeast) {
                break;
            }
            Thread.sleep(500);
        }
        return mails;
    }

    private static String problem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        return reply.json().asJsonObject().getString("detail");
    }
}
