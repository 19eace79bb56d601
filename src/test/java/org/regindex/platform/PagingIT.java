package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.Rounds;

/** Lists that grow answer a page at a time: limit, cursor, the Link header, and what they refuse. */
@ExtendWith(ArquillianExtension.class)
class PagingIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Rounds.Round round;
    private String coordinator;

    @BeforeEach
    void aRoundWithATrail() throws IOException {
        api = new Api(base);
        coordinator = Keycloak.accessToken("coordinator");
        round = new Rounds(api).create();
        round.answerEverything(Keycloak.accessToken("expert1"));
    }

    private String questionnaire() {
        return "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA();
    }

    private void move(String user, String transition, String reason) {
        Api.Reply moved = api.postJson(
                questionnaire() + "/transitions",
                Keycloak.accessToken(user),
                "{\"transition\":\"" + transition + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
                        + "}");
        assertEquals(200, moved.status(), moved.body());
    }

    @Test
    void theAuditTrailsComeInPagesThatAddUpToTheWholeInOrder() {
        String token = Keycloak.accessToken("reviewer1");
        Api.Reply whole = api.get(questionnaire() + "/audit?limit=1000", token);
        assertEquals(200, whole.status(), whole.body());
        assertNull(whole.next(), "everything fits: no next page");
        List<JsonValue> all = whole.json().asJsonArray();
        assertTrue(all.size() > 25, "72 saves at least: " + all.size());

        Api.Reply first = api.get(questionnaire() + "/audit?limit=25", token);
        assertEquals(25, first.json().asJsonArray().size());
        String next = first.next();
        assertNotNull(next, "Link: " + first.header("Link"));
        assertTrue(next.contains("limit=25") && next.contains("cursor="), next);
        assertEquals(all, api.getAll(questionnaire() + "/audit?limit=25", token), "no gap, no repeat, same order");
        Api.Reply byDefault = api.get(questionnaire() + "/audit", token);
        assertEquals(all.subList(0, Math.min(100, all.size())), byDefault.json().asJsonArray(), "a hundred by default");
        assertEquals(all.size() > 100, byDefault.next() != null);

        String cycleAudit = "api/v1/cycles/" + round.cycle() + "/audit?person=expert1";
        List<JsonValue> byExpert =
                api.get(cycleAudit + "&limit=1000", coordinator).json().asJsonArray();
        assertEquals(byExpert, api.getAll(cycleAudit + "&limit=7", coordinator), "the filter is kept on every page");
        assertTrue(byExpert.stream()
                .allMatch(e -> e.asJsonObject().getString("actor").equals("expert1")));
    }

    @Test
    void commentsComeOldestFirstAPageAtATime() {
        String thread = questionnaire() + "/answers/LAB-ACT-01/comments";
        for (int i = 1; i <= 5; i++) {
            assertEquals(
                    201,
                    api.postJson(
                                    thread,
                                    Keycloak.accessToken(i % 2 == 0 ? "expert1" : "reviewer1"),
                                    "{\"text\":\"Comment " + i + "\"}")
                            .status());
        }
        List<String> texts = new ArrayList<>();
        String page = thread + "?limit=2";
        int pages = 0;
        while (page != null) {
            Api.Reply reply = api.get(page, coordinator);
            assertEquals(200, reply.status(), reply.body());
            JsonObject body = reply.json().asJsonObject();
            assertEquals("LAB-ACT-01", body.getString("indicator"));
            body.getJsonArray("comments").getValuesAs(JsonObject.class).forEach(c -> texts.add(c.getString("text")));
            page = reply.next();
            pages++;
        }
        assertEquals(List.of("Comment 1", "Comment 2", "Comment 3", "Comment 4", "Comment 5"), texts);
        assertEquals(3, pages);
    }

    @Test
    void notificationsComeNewestFirstWithTheUnreadCountOnEveryPage() {
        move("expert1", "SUBMIT", null);
        move("reviewer1", "ACCEPT", null);
        move("coordinator", "RETURN", "Sources are missing.");
        move("expert1", "SUBMIT", null);
        String reviewer = Keycloak.accessToken("reviewer1");
        List<JsonObject> newest = api.get("api/v1/me/notifications?limit=4", reviewer)
                .json()
                .asJsonObject()
                .getJsonArray("notifications")
                .getValuesAs(JsonObject.class);
        assertEquals(4, newest.size());
        Api.Reply first = api.get("api/v1/me/notifications?limit=2", reviewer);
        Api.Reply second = api.get(first.next(), reviewer);
        List<JsonObject> paged = new ArrayList<>(
                first.json().asJsonObject().getJsonArray("notifications").getValuesAs(JsonObject.class));
        paged.addAll(second.json().asJsonObject().getJsonArray("notifications").getValuesAs(JsonObject.class));
        assertEquals(newest, paged);
        assertTrue(newest.get(0).getJsonNumber("id").longValue()
                > newest.get(3).getJsonNumber("id").longValue());
        assertEquals(
                first.json().asJsonObject().getInt("unread"),
                second.json().asJsonObject().getInt("unread"),
                "the count is of every unread notification, not of the page");
    }

    @Test
    void regionsComeByCountryAndCodeAndReleasesNewestFirst() {
        List<JsonValue> regions = api.getAll("api/v1/regions?limit=50", coordinator);
        List<String> keys = regions.stream()
                .map(r -> r.asJsonObject().getString("country") + " "
                        + r.asJsonObject().getString("code"))
                .toList();
        assertEquals(keys.size(), new HashSet<>(keys).size(), "no region twice");
        assertEquals(keys.stream().sorted(Comparator.naturalOrder()).toList(), keys);
        assertTrue(keys.contains("DK " + round.regionA()) && keys.contains("DK " + round.regionB()));
        Api.Reply firstFifty = api.get("api/v1/regions?limit=50", coordinator);
        assertEquals(regions.size() > 50, firstFifty.next() != null);

        round.approve(round.regionA(), "expert1", "reviewer1", "a");
        round.approve(round.regionB(), "expert2", "reviewer2", "b");
        Api.Reply frozen = api.postJson("api/v1/cycles/" + round.cycle() + "/releases", coordinator, "{}");
        assertEquals(201, frozen.status(), frozen.body());
        String draft = frozen.json().asJsonObject().getString("version");
        List<String> versions = api.getAll("api/v1/releases?limit=1", coordinator).stream()
                .map(r -> r.asJsonObject().getString("version"))
                .toList();
        assertEquals(draft, versions.get(0), "the newest first, drafts for coordinators");
        assertEquals(versions.size(), new HashSet<>(versions).size());
        Api.Reply one = api.get("api/v1/releases?limit=1", coordinator);
        assertEquals(versions.size() > 1, one.next() != null);
        assertFalse(
                api.getAll("api/v1/releases?limit=2", null).toString().contains("\"" + draft + "\""),
                "no draft for the public on any page");
        Api.Reply cors = api.get("api/v1/releases?limit=1", null, "Origin", "https://example.org");
        assertTrue(cors.header("Access-Control-Expose-Headers").contains("Link"));
    }

    @Test
    void aBadLimitOrCursorIsA400ProblemWithASentence() {
        String reviewer = Keycloak.accessToken("reviewer1");
        List<String> lists = List.of(
                questionnaire() + "/audit",
                "api/v1/cycles/" + round.cycle() + "/audit",
                questionnaire() + "/answers/LAB-ACT-01/comments",
                "api/v1/me/notifications",
                "api/v1/regions",
                "api/v1/releases");
        for (String list : lists) {
            String token = list.contains("/cycles/" + round.cycle() + "/audit") || list.endsWith("regions")
                    ? coordinator
                    : reviewer;
            for (String query : List.of(
                    "limit=0",
                    "limit=1001",
                    "limit=many",
                    "cursor=%21%21",
                    "cursor=" + Base64Cursor.of("a", "b", "c"))) {
                Api.Reply refused = api.get(list + "?" + query, token);
                assertEquals(400, refused.status(), list + "?" + query + ": " + refused.body());
                assertEquals(
                        "urn:regindex:problem:InvalidPage",
                        refused.json().asJsonObject().getString("type"));
                assertTrue(refused.json().asJsonObject().getString("detail").endsWith("."), refused.body());
            }
        }
    }

    /** A cursor of three parts, which none of these lists gives. */
    static final class Base64Cursor {
        static String of(String... parts) {
            return java.util.Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(String.join("\n", parts).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
