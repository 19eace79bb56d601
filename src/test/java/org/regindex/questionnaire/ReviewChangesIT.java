package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;

/** "Changed since my last review" through the API: what it shows, and whom it refuses. */
@ExtendWith(ArquillianExtension.class)
class ReviewChangesIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Rounds.Round round;

    @BeforeEach
    void aSubmittedQuestionnaire() throws IOException {
        api = new Api(base);
        round = new Rounds(api).create();
        round.answerEverything(Keycloak.accessToken("expert1"));
        expect(200, transition("expert1", "SUBMIT"));
    }

    private String path() {
        return "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA();
    }

    private Api.Reply transition(String user, String transition) {
        return api.postJson(
                path() + "/transitions", Keycloak.accessToken(user), "{\"transition\":\"" + transition + "\"}");
    }

    private Api.Reply changes(String user) {
        return api.get(path() + "/changes", Keycloak.accessToken(user));
    }

    private static Api.Reply expect(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        return reply;
    }

    @Test
    void theReviewerSeesEachChangedAnswerBeforeAndAfterAndTheThreadsWithReplies() {
        JsonObject first = expect(200, changes("reviewer1")).json().asJsonObject();
        assertFalse(first.containsKey("since"), "no review yet: " + first);
        assertEquals(0, first.getJsonArray("answers").size());

        expect(
                201,
                api.postJson(
                        path() + "/answers/LAB-ACT-01/comments",
                        Keycloak.accessToken("reviewer1"),
                        "{\"kind\":\"CHANGE_REQUESTED\",\"text\":\"Which plan?\"}"));
        expect(200, transition("reviewer1", "REQUEST_CHANGES"));
        assertEquals(
                0,
                expect(200, changes("reviewer1"))
                        .json()
                        .asJsonObject()
                        .getJsonArray("answers")
                        .size(),
                "nothing changed since the change request");

        String expert = Keycloak.accessToken("expert1");
        JsonObject eduAsSubmitted = api
                .get(path(), expert)
                .json()
                .asJsonObject()
                .getJsonArray("answers")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> a.getString("indicator").equals("EDU-ACT-01"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("answer");
        expect(
                201,
                api.postJson(
                        path() + "/answers/LAB-ACT-01/comments",
                        expert,
                        "{\"text\":\"The 2024 revision, see the source.\"}"));
        expect(
                200,
                api.putJson(
                        path() + "/answers/LAB-ACT-01",
                        expert,
                        "{\"option\":\"b\",\"justification\":\"The 2024 revision.\",\"note\":\"private\","
                                + "\"sources\":[{\"citation\":\"Plan 2024\",\"url\":\"https://example.org/2024\"}],"
                                + "\"version\":1}"));
        expect(
                200,
                api.putJson(
                        path() + "/answers/EDU-ACT-01",
                        expert,
                        "{\"option\":\"b\",\"justification\":\"Changed and changed back.\",\"version\":1}"));
        expect(
                200,
                api.putJson(
                        path() + "/answers/EDU-ACT-01",
                        expert,
                        Json.createObjectBuilder(eduAsSubmitted)
                                .add("version", 2)
                                .build()
                                .toString()));
        expect(200, transition("expert1", "SUBMIT"));

        JsonObject changes = expect(200, changes("reviewer1")).json().asJsonObject();
        assertTrue(changes.containsKey("since"), changes.toString());
        List<JsonObject> answers = changes.getJsonArray("answers").getValuesAs(JsonObject.class);
        assertEquals(1, answers.size(), "an answer changed and changed back is no change: " + changes);
        JsonObject lab = answers.get(0);
        assertEquals("LAB-ACT-01", lab.getString("indicator"));
        assertEquals("a", lab.getJsonObject("before").getString("option"));
        assertEquals("b", lab.getJsonObject("after").getString("option"));
        assertEquals("The 2024 revision.", lab.getJsonObject("after").getString("justification"));
        assertFalse(lab.getJsonObject("after").containsKey("note"), "the expert's note is theirs alone");
        assertEquals(
                List.of("LAB-ACT-01"),
                changes.getJsonArray("threadsWithReplies").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());

        JsonObject coordinators = expect(200, changes("coordinator")).json().asJsonObject();
        assertEquals(changes.getString("since"), coordinators.getString("since"), "since the reviewer's review");
        assertEquals(changes.getJsonArray("answers"), coordinators.getJsonArray("answers"));
    }

    @Test
    void theExpertsOtherReviewersAndUnassignedReviewersAreRefused() {
        Api.Reply own = expect(403, changes("expert1"));
        assertEquals(
                "What changed since the last review is for the region's reviewers and coordinators.",
                own.json().asJsonObject().getString("detail"));
        expect(403, changes("expert2"));
        expect(403, changes("reviewer2"));
        expect(401, api.get(path() + "/changes", null));
        expect(404, api.get(path().replace(round.regionA(), "ZZ999") + "/changes", Keycloak.accessToken("reviewer1")));

        expect(200, changes("reviewer1"));
        expect(
                204,
                api.delete(
                        "api/v1/cycles/" + round.cycle() + "/assignments/" + round.regionA() + "/reviewer1",
                        Keycloak.accessToken("coordinator")));
        expect(403, changes("reviewer1"));
    }
}
