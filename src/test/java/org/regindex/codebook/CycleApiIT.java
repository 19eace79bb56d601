package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.TestDatabase;

/** Setting up a round through the API: cycles, regions in scope, assignments and their rules. */
@ExtendWith(ArquillianExtension.class)
class CycleApiIT {

    @ArquillianResource
    URL base;

    private Api api;
    private String coordinator;
    private String cycle;
    private String regionA;
    private String regionB;

    /** Every test's cycle uses it and none changes it, so it is imported once for the class. */
    private static String codebook;

    @BeforeEach
    void aCycleWithTwoRegions() throws IOException {
        api = new Api(base);
        coordinator = Keycloak.accessToken("coordinator");
        if (codebook == null) {
            String code = CodebookApiIT.uniqueCode("cyc");
            assertEquals(
                    201,
                    api.postBytes(
                                    "api/v1/codebooks/" + code + "/imports?title=T",
                                    coordinator,
                                    CodebookApiIT.referenceCodebook())
                            .status());
            codebook = code;
        }
        regionA = newRegion();
        regionB = newRegion();
        cycle = CodebookApiIT.uniqueCode("round");
        Api.Reply created = api.postJson(
                "api/v1/cycles",
                coordinator,
                "{\"code\":\"" + cycle + "\",\"name\":\"Test round\","
                        + "\"codebook\":{\"code\":\"" + codebook
                        + "\",\"version\":1},\"deadline\":\"2027-03-31\",\"regions\":[\""
                        + regionA + "\",\"" + regionB + "\"]}");
        assertEquals(201, created.status(), created.body());
    }

    private String newRegion() {
        String code = "PT"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36)
                        .toUpperCase();
        Api.Reply added = api.postJson(
                "api/v1/regions",
                coordinator,
                "{\"code\":\"" + code + "\",\"name\":\"Região " + code + "\",\"country\":\"PT\"}");
        assertEquals(201, added.status(), added.body());
        return code;
    }

    private JsonObject cycleJson() {
        return api.get("api/v1/cycles/" + cycle, coordinator).json().asJsonObject();
    }

    private Api.Reply assign(String region, String username, String role) {
        return api.postJson(
                "api/v1/cycles/" + cycle + "/assignments",
                coordinator,
                "{\"region\":\"" + region + "\",\"username\":\"" + username + "\",\"role\":\"" + role + "\"}");
    }

    @Test
    void aNewCycleIsOpenWithItsRegionsAndCodebook() {
        JsonObject json = cycleJson();
        assertEquals("OPEN", json.getString("status"));
        assertEquals("2027-03-31", json.getString("deadline"));
        assertEquals(2, json.getJsonArray("regions").size());
        Api.Reply again = api.postJson(
                "api/v1/cycles",
                coordinator,
                "{\"code\":\"" + cycle + "\",\"name\":\"x\",\"codebook\":" + json.getJsonObject("codebook")
                        + ",\"deadline\":\"2027-03-31\",\"regions\":[]}");
        assertEquals(409, again.status());
    }

    @Test
    void aRegionIsInACycleAtMostOnce() {
        Api.Reply twice = api.putJson("api/v1/cycles/" + cycle + "/regions/" + regionA, coordinator, "");
        assertEquals(409, twice.status());
        assertEquals(
                "The region " + regionA + " is in cycle " + cycle + " already.",
                twice.json().asJsonObject().getString("detail"));
    }

    @Test
    void aPersonIsNeverExpertAndReviewerOfTheSameRegion() {
        assertEquals(201, assign(regionA, "expert1", "expert").status());
        assertEquals(201, assign(regionA, "reviewer1", "reviewer").status());
        Api.Reply both = assign(regionA, "expert1", "reviewer");
        assertEquals(409, both.status());
        assertEquals(
                "expert1 is the expert of " + regionA + " in cycle " + cycle
                        + "; a person cannot be expert and reviewer of the same region.",
                both.json().asJsonObject().getString("detail"));
        assertEquals(201, assign(regionB, "expert1", "reviewer").status(), "reviewing another region is fine");
        assertEquals(
                3,
                api.get("api/v1/cycles/" + cycle + "/assignments", coordinator)
                        .json()
                        .asJsonArray()
                        .size());

        assertEquals(
                204,
                api.delete("api/v1/cycles/" + cycle + "/assignments/" + regionA + "/expert1", coordinator)
                        .status());
        assertEquals(
                2,
                TestDatabase.count(
                        "select count(*) from assignment a join cycle c on c.id = a.cycle_id where c.code = ?", cycle));
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'UNASSIGNED' and cycle_code = ?", cycle));
    }

    @Test
    void assignmentsNeedTheRegionInTheCycleAndARealRole() {
        String outside = newRegion();
        assertEquals(
                "The region " + outside + " is not in cycle " + cycle
                        + "; add it to the cycle before assigning people to it.",
                assign(outside, "expert2", "expert").json().asJsonObject().getString("detail"));
        assertEquals(400, assign(regionA, "expert2", "boss").status());
        assertEquals(400, assign(regionA, "not a name!", "expert").status());
    }

    @Test
    void aStaleChangeIsRefusedAndShowsTheNewerValues() {
        int read = cycleJson().getInt("version");
        Api.Reply first = api.putJson(
                "api/v1/cycles/" + cycle,
                coordinator,
                "{\"name\":\"Renamed round\",\"deadline\":\"2027-04-30\",\"version\":" + read + "}");
        assertEquals(200, first.status(), first.body());
        Api.Reply stale = api.putJson(
                "api/v1/cycles/" + cycle,
                coordinator,
                "{\"name\":\"Other name\",\"deadline\":\"2027-05-31\",\"version\":" + read + "}");
        assertEquals(409, stale.status());
        assertTrue(
                stale.json()
                        .asJsonObject()
                        .getString("detail")
                        .contains("it is now \"Renamed round\", deadline 2027-04-30"),
                stale.body());
        assertEquals("Renamed round", cycleJson().getString("name"));
    }

    @Test
    void closingAndOpeningAreIdempotentAndAudited() {
        assertEquals(
                "CLOSED",
                api.postJson("api/v1/cycles/" + cycle + "/close", coordinator, "")
                        .json()
                        .asJsonObject()
                        .getString("status"));
        assertEquals(
                "CLOSED",
                api.postJson("api/v1/cycles/" + cycle + "/close", coordinator, "")
                        .json()
                        .asJsonObject()
                        .getString("status"));
        assertEquals(
                "OPEN",
                api.postJson("api/v1/cycles/" + cycle + "/open", coordinator, "")
                        .json()
                        .asJsonObject()
                        .getString("status"));
        assertEquals(
                1,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'CYCLE_CLOSED' and cycle_code = ?", cycle));
    }

    @Test
    void removingARegionTakesItsAssignmentsWithIt() {
        assertEquals(201, assign(regionB, "expert2", "expert").status());
        Api.Reply removed = api.delete("api/v1/cycles/" + cycle + "/regions/" + regionB, coordinator);
        assertEquals(200, removed.status(), removed.body());
        assertEquals(
                List.of(regionA),
                removed
                        .json()
                        .asJsonObject()
                        .getJsonArray("regions")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(
                0,
                api.get("api/v1/cycles/" + cycle + "/assignments", coordinator)
                        .json()
                        .asJsonArray()
                        .size());
    }

    @Test
    void aRegionWhoseQuestionnaireHasBegunStaysInTheCycle() {
        assertEquals(201, assign(regionA, "expert1", "expert").status());
        Api.Reply saved = api.putJson(
                "api/v1/cycles/" + cycle + "/questionnaires/" + regionA + "/answers/LAB-ACT-01",
                Keycloak.accessToken("expert1"),
                "{\"option\":\"a\",\"version\":0}");
        assertEquals(200, saved.status(), saved.body());
        Api.Reply removed = api.delete("api/v1/cycles/" + cycle + "/regions/" + regionA, coordinator);
        assertEquals(409, removed.status(), removed.body());
        assertEquals(
                "The questionnaire of " + regionA + " in cycle " + cycle
                        + " has begun, so the region stays in the cycle;" + " its answers are kept.",
                removed.json().asJsonObject().getString("detail"));
        assertEquals(2, cycleJson().getJsonArray("regions").size());
    }

    @Test
    void bulkAssignmentsAreAllOrNothing() {
        String before = TestDatabase.codebookRowCounts();
        String bad = "region,username,role\n" + regionA + ",expert1,expert\n" + regionA
                + ",expert1,reviewer\nXX9,expert2,expert\n" + regionB + ",reviewer2,boss\n";
        Api.Reply refused = api.postBytes(
                "api/v1/cycles/" + cycle + "/assignments/imports?fileName=people.csv",
                coordinator,
                bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.body());
        List<String> problems =
                refused.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getInt("row") + " " + e.getString("column") + " " + e.getString("message"))
                        .toList();
        assertEquals(
                List.of(
                        "3 B (username) expert1 has an assignment for " + regionA
                                + " on row 2 too; a person is either expert or reviewer of a region, once.",
                        "4 A (region) The region \"XX9\" is not in cycle " + cycle + ".",
                        "5 C (role) The role must be expert, reviewer or government, not \"boss\"."),
                problems);
        assertEquals(before, TestDatabase.codebookRowCounts());

        String good = "region;username;role\n" + regionA + ";expert1;expert\n" + regionA + ";reviewer1;Reviewer\n"
                + regionB + ";expert2;expert\n";
        Api.Reply stored = api.postBytes(
                "api/v1/cycles/" + cycle + "/assignments/imports?fileName=people.csv",
                coordinator,
                good.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, stored.status(), stored.body());
        assertEquals(3, stored.json().asJsonArray().size());
    }

    @Test
    void bulkRegionsAreAllOrNothing() {
        String code = "SI"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36), 36)
                        .toUpperCase();
        String before = TestDatabase.codebookRowCounts();
        Api.Reply refused = api.postBytes(
                "api/v1/regions/imports?fileName=regions.csv",
                coordinator,
                ("code,name,country\n" + code + ",Vzhodna Slovenija,SI\n" + code + ",Again,SI\nsi-2,,Slovenia\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.body());
        assertEquals(4, refused.json().asJsonObject().getJsonArray("errors").size());
        assertEquals(before, TestDatabase.codebookRowCounts());

        Api.Reply stored = api.postBytes(
                "api/v1/regions/imports?fileName=regions.csv",
                coordinator,
                ("code,name,country\n" + code + ",Vzhodna Slovenija,SI\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, stored.status(), stored.body());
    }

    @Test
    void expertsAndReviewersGet403OnEverySetupEndpoint() {
        for (String user : List.of("expert1", "reviewer1")) {
            String token = Keycloak.accessToken(user);
            assertEquals(403, api.get("api/v1/cycles", token).status());
            assertEquals(403, api.get("api/v1/cycles/" + cycle, token).status());
            assertEquals(
                    403,
                    api.get("api/v1/cycles/" + cycle + "/assignments", token).status());
            assertEquals(
                    403,
                    api.postJson(
                                    "api/v1/cycles/" + cycle + "/assignments",
                                    token,
                                    "{\"region\":\"" + regionA + "\",\"username\":\"" + user
                                            + "\",\"role\":\"expert\"}")
                            .status());
            assertEquals(
                    403,
                    api.postJson("api/v1/cycles/" + cycle + "/close", token, "").status());
            assertEquals(
                    403,
                    api.putJson(
                                    "api/v1/cycles/" + cycle,
                                    token,
                                    "{\"name\":\"x\",\"deadline\":\"2027-01-01\",\"version\":0}")
                            .status());
            assertEquals(403, api.get("api/v1/regions", token).status());
        }
        assertEquals(
                0,
                api.get("api/v1/cycles/" + cycle + "/assignments", coordinator)
                        .json()
                        .asJsonArray()
                        .size());
        assertEquals("OPEN", cycleJson().getString("status"));
    }

    @Test
    void anAssignmentNamesSomeoneTheSignInRealmKnows() {
        String ghost = "ghost-" + CodebookApiIT.uniqueCode("x");
        assertEquals(404, assign(regionA, "Expert1", "expert").status(), "a name as Keycloak writes it, in lower case");
        Api.Reply refused = assign(regionA, ghost, "expert");
        assertEquals(404, refused.status(), refused.body());
        assertEquals(
                "Keycloak has no user " + ghost + "; create the account in the realm first, then assign it.",
                refused.json().asJsonObject().getString("detail"));
        assertEquals(
                "urn:regindex:problem:UnknownPerson",
                refused.json().asJsonObject().getString("type"));
        assertEquals(201, assign(regionA, "expert1", "expert").status());
        assertEquals(
                1,
                api.get("api/v1/cycles/" + cycle + "/assignments", coordinator)
                        .json()
                        .asJsonArray()
                        .size(),
                "only the known person is assigned");
        assertEquals(
                0,
                TestDatabase.count(
                        "select count(*) from audit_event where action = 'ASSIGNED' and cycle_code = ? and after_value like ?",
                        cycle,
                        "%" + ghost + "%"));
    }

    @Test
    void anImportNamingSomeoneTheRealmLacksStoresNothingAndSaysWhichRow() {
        String ghost = "ghost-" + CodebookApiIT.uniqueCode("x");
        String file = "region,username,role\n" + regionA + ",expert1,expert\n" + regionB + "," + ghost + ",reviewer\n"
                + regionA + ",reviewer1,reviewer\n";
        Api.Reply refused = api.postBytes(
                "api/v1/cycles/" + cycle + "/assignments/imports?fileName=people.csv",
                coordinator,
                file.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.body());
        assertEquals(
                List.of("3 B (username) Keycloak has no user " + ghost
                        + "; create the account in the realm first, then assign it."),
                refused.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getInt("row") + " " + e.getString("column") + " " + e.getString("message"))
                        .toList());
        assertEquals(
                0,
                api.get("api/v1/cycles/" + cycle + "/assignments", coordinator)
                        .json()
                        .asJsonArray()
                        .size(),
                "all or nothing");
    }
}
