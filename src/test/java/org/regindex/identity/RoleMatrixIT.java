package org.regindex.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.FormSession;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.KeycloakAdmin;
import org.regindex.testsupport.Rounds;
import org.regindex.testsupport.TestEnvironment;
import org.regindex.testsupport.Tokens;

/**
 * Every API endpoint and every protected page against six callers with real Keycloak tokens: nobody
 * signed in, the expert of the region, an expert of another region, the reviewer of the region, a
 * reviewer of another region, and a coordinator. And every kind of bad token.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    static final List<String> CALLERS =
            List.of("anonymous", "expert1", "expert2", "reviewer1", "reviewer2", "coordinator");

    @ArquillianResource
    URL base;

    private Api api;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    @BeforeEach
    void everyCallersToken() {
        api = new Api(base);
        for (String caller : CALLERS) {
            tokens.put(caller, caller.equals("anonymous") ? null : Keycloak.accessToken(caller));
        }
    }

    record Row(String method, String path, String body, List<Integer> expected) {}

    private static Row row(String method, String path, String body, Integer... expected) {
        return new Row(method, path, body, List.of(expected));
    }

    private Api.Reply call(Row row, String token) {
        return switch (row.method()) {
            case "GET" -> api.get(row.path(), token);
            case "POST" -> api.postJson(row.path(), token, row.body());
            case "PUT" -> api.putJson(row.path(), token, row.body());
            case "DELETE" -> api.delete(row.path(), token);
            case "UPLOAD" ->
                api.postBytes(row.path(), token, row.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException(row.method());
        };
    }

    /** expert1 and reviewer1 work on region A; expert2 and reviewer2 on region B, "another region" for A. */
    @Test
    void everyApiEndpointLetsInExactlyWhoBelongs() throws IOException {
        Rounds.Round round = new Rounds(api).create();
        String q = "api/v1/cycles/" + round.cycle() + "/questionnaires/" + round.regionA();
        String answer = "{\"option\":\"a\",\"justification\":\"j\",\"version\":0}";
        String code = "RM"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36)
                        .toUpperCase();
        String cycle = "api/v1/cycles/" + round.cycle();
        String codebook = "api/v1/codebooks/" + round.codebook();
        assertEquals(
                201,
                api.putJson(cycle + "/country-leads/DK/lead1", tokens.get("coordinator"), "")
                        .status());
        assertEquals(
                201,
                api.postJson(
                                cycle + "/assignments",
                                tokens.get("coordinator"),
                                "{\"region\":\"" + round.regionA()
                                        + "\",\"username\":\"gov1\",\"role\":\"government\"}")
                        .status());
        int cycleVersion =
                api.get(cycle, tokens.get("coordinator")).json().asJsonObject().getInt("version");
        //                                                                  anonymous expertA expertB reviewerA
        // reviewerB coordinator
        List<Row> rows = List.of(
                row("GET", "api/v1/me", null, 401, 200, 200, 200, 200, 200),
                row("GET", "api/v1/me/notifications", null, 401, 200, 200, 200, 200, 200),
                row("GET", "api/v1/regions", null, 401, 403, 403, 403, 403, 200),
                row("GET", "api/v1/regions/" + round.regionA(), null, 401, 403, 403, 403, 403, 200),
                // an empty upload gets past the role check only for the coordinator, then is refused as a file
                row("UPLOAD", "api/v1/regions/imports", "", 401, 403, 403, 403, 403, 400),
                row("GET", "api/v1/regions/boundaries", null, 401, 403, 403, 403, 403, 200),
                row("UPLOAD", "api/v1/regions/boundaries?attribution=test", "", 401, 403, 403, 403, 403, 400),
                row(
                        "POST",
                        "api/v1/regions",
                        "{\"code\":\"" + code + "\",\"name\":\"Matrix\",\"country\":\"RM\"}",
                        401,
                        403,
                        403,
                        403,
                        403,
                        201),
                row("GET", "api/v1/codebooks", null, 401, 403, 403, 403, 403, 200),
                row("GET", "api/v1/codebooks/" + round.codebook(), null, 401, 403, 403, 403, 403, 200),
                row("GET", codebook + "/versions/1", null, 401, 403, 403, 403, 403, 200),
                row("GET", codebook + "/versions/1/export?format=csv", null, 401, 403, 403, 403, 403, 200),
                row("POST", codebook + "/versions/1/copies", "", 401, 403, 403, 403, 403, 201),
                row("DELETE", codebook + "/versions/2", null, 401, 403, 403, 403, 403, 204),
                row("UPLOAD", "api/v1/codebooks/" + code + "/imports", "", 401, 403, 403, 403, 403, 400),
                row("GET", "api/v1/cycles", null, 401, 403, 403, 403, 403, 200),
                row("GET", cycle, null, 401, 403, 403, 403, 403, 200),
                row(
                        "PUT",
                        cycle,
                        "{\"name\":\"Renamed\",\"deadline\":\"2027-07-31\",\"version\":" + cycleVersion + "}",
                        401,
                        403,
                        403,
                        403,
                        403,
                        200),
                row("PUT", cycle + "/regions/" + code, "", 401, 403, 403, 403, 403, 200),
                row("DELETE", cycle + "/regions/" + code, null, 401, 403, 403, 403, 403, 200),
                row("GET", cycle + "/assignments", null, 401, 403, 403, 403, 403, 200),
                row("GET", cycle + "/contributors", null, 401, 403, 403, 403, 403, 200),
                // everyone of the round works in the cycle (expert2 and reviewer2 on region B)
                row("GET", cycle + "/codebook", null, 401, 200, 200, 200, 200, 200),
                row("PUT", cycle + "/contributors", "[{\"name\":\"Matrix\"}]", 401, 403, 403, 403, 403, 200),
                row(
                        "POST",
                        cycle + "/assignments",
                        "{\"region\":\"" + round.regionB() + "\",\"username\":\"reviewer1\",\"role\":\"reviewer\"}",
                        401,
                        403,
                        403,
                        403,
                        403,
                        201),
                row(
                        "DELETE",
                        cycle + "/assignments/" + round.regionB() + "/reviewer1",
                        null,
                        401,
                        403,
                        403,
                        403,
                        403,
                        204),
                row("GET", cycle + "/country-leads", null, 401, 403, 403, 403, 403, 200),
                row("PUT", cycle + "/country-leads/DK/reviewer2", "", 401, 403, 403, 403, 403, 201),
                row("DELETE", cycle + "/country-leads/DK/reviewer2", null, 401, 403, 403, 403, 403, 204),
                row("UPLOAD", cycle + "/assignments/imports", "", 401, 403, 403, 403, 403, 400),
                row("POST", cycle + "/close", "", 401, 403, 403, 403, 403, 200),
                row("POST", cycle + "/open", "", 401, 403, 403, 403, 403, 200),
                row("GET", cycle + "/audit", null, 401, 403, 403, 403, 403, 200),
                row("GET", cycle + "/reminders", null, 401, 403, 403, 403, 403, 200),
                row("POST", cycle + "/reminders", "{\"step\":\"REVIEW\"}", 401, 403, 403, 403, 403, 200),
                row("GET", cycle + "/releases/readiness", null, 401, 403, 403, 403, 403, 200),
                row("POST", cycle + "/releases", "{}", 401, 403, 403, 403, 403, 409),
                row("GET", q, null, 401, 200, 403, 200, 403, 200),
                row("PUT", q + "/answers/LAB-ACT-01", answer, 401, 200, 403, 403, 403, 403),
                row("POST", q + "/transitions", "{\"transition\":\"SUBMIT\"}", 401, 409, 403, 403, 403, 403),
                row("POST", q + "/transitions", "{\"transition\":\"ACCEPT\"}", 401, 403, 403, 409, 403, 403),
                row("POST", q + "/transitions", "{\"transition\":\"APPROVE\"}", 401, 403, 403, 403, 403, 409),
                // nobody leads a country in a cycle without a country level
                row("POST", q + "/transitions", "{\"transition\":\"COUNTRY_APPROVE\"}", 401, 403, 403, 403, 403, 403),
                // START and RESUME follow from a save: refused as a request, after the role check
                row("POST", q + "/transitions", "{\"transition\":\"START\"}", 401, 400, 403, 400, 403, 400),
                row("GET", q + "/changes", null, 401, 403, 403, 200, 403, 200),
                row("GET", q + "/answers/NOPE-01/comments", null, 401, 404, 403, 404, 403, 404),
                row("GET", q + "/answers/LAB-ACT-01/comments", null, 401, 200, 403, 200, 403, 200),
                row(
                        "POST",
                        q + "/answers/LAB-ACT-01/comments",
                        "{\"text\":\"A question.\"}",
                        401,
                        201,
                        403,
                        201,
                        403,
                        201),
                row("GET", q + "/answers/LAB-ACT-01/evidence", null, 401, 200, 403, 200, 403, 200),
                // an empty file gets past the role check only for the region's expert, then is refused as evidence
                row("UPLOAD", q + "/answers/LAB-ACT-01/evidence?name=e.pdf", "", 401, 400, 403, 403, 403, 403),
                row("GET", q + "/answers/LAB-ACT-01/evidence/" + "0".repeat(64), null, 401, 404, 403, 404, 403, 404),
                row("DELETE", q + "/answers/LAB-ACT-01/evidence/" + "0".repeat(64), null, 401, 404, 403, 403, 403, 403),
                row("GET", q + "/audit", null, 401, 200, 403, 200, 403, 200),
                row("GET", q + "/workbook", null, 401, 200, 403, 200, 403, 200),
                row("GET", q + "/previous", null, 401, 404, 403, 404, 403, 404),
                row("POST", q + "/previous/copy", "{}", 401, 404, 403, 403, 403, 403),
                row("UPLOAD", q + "/workbook", "", 401, 400, 403, 403, 403, 403),
                row("POST", "api/v1/me/notifications/999999999/read", "", 401, 404, 404, 404, 404, 404),
                row("GET", "api/v1/releases", null, 200, 200, 200, 200, 200, 200),
                // open data: a region no release has published is unknown to everybody, a made-up axis is refused
                row("GET", "api/v1/regions/" + round.regionA() + "/series", null, 404, 404, 404, 404, 404, 404),
                row("GET", "api/v1/releases/0.404/sensitivity", null, 404, 404, 404, 404, 404, 404),
                row(
                        "GET",
                        "api/v1/regions/" + round.regionA() + "/series?axis=nope",
                        null,
                        400,
                        400,
                        400,
                        400,
                        400,
                        400),
                row("POST", "api/v1/releases/9999.0/publish", "", 401, 403, 403, 403, 403, 404),
                row("POST", "api/v1/releases/9999.0/withdraw", "{\"reason\":\"x\"}", 401, 403, 403, 403, 403, 404),
                row("DELETE", "api/v1/releases/9999.0", null, 401, 403, 403, 403, 403, 404),
                row("PUT", "api/v1/releases/9999.0/doi", "{\"doi\":\"10.5072/x\"}", 401, 403, 403, 403, 403, 404),
                row("POST", "api/v1/releases/9999.0/doi/registration", "", 401, 403, 403, 403, 403, 404));
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            if (row.expected().subList(1, 5).stream().allMatch(status -> status == 403)) {
                // what only coordinators may do, a country lead (lead1 leads DK) or a government contact (gov1, of
                // region A) may not either
                for (String outsider : List.of("lead1", "gov1")) {
                    int status = call(row, Keycloak.accessToken(outsider)).status();
                    if (status != 403) {
                        wrong.add(row.method() + " " + row.path() + " as " + outsider + ": " + status
                                + " instead of 403");
                    }
                }
            }
            for (int c = 0; c < CALLERS.size(); c++) {
                int status = call(row, tokens.get(CALLERS.get(c))).status();
                if (status != row.expected().get(c)) {
                    wrong.add(row.method() + " " + row.path() + " as " + CALLERS.get(c) + ": " + status + " instead of "
                            + row.expected().get(c));
                }
            }
        }
        for (String outsider : List.of("lead1", "gov1")) {
            // without a country level a lead is nobody here; without a right of reply neither is a government contact
            for (String closed : List.of(q, q + "/answers/LAB-ACT-01/evidence")) {
                int status = api.get(closed, Keycloak.accessToken(outsider)).status();
                if (status != 403) {
                    wrong.add("GET " + closed + " as " + outsider + ": " + status + " instead of 403");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyProtectedPageLetsInExactlyWhoBelongs() throws IOException {
        Rounds.Round round = new Rounds(api).create();
        String written = "Justified for region " + round.regionA() + " only";
        round.answerEverythingWith(written, tokens.get("expert1"));
        String base = TestEnvironment.onLocalhost(this.base);
        String questionnaire = "app/questionnaire.xhtml?cycle=" + round.cycle() + "&region=" + round.regionA();
        //                                                                     anonymous expertA expertB reviewerA
        // reviewerB coordinator
        Map<String, List<Integer>> pages = new LinkedHashMap<>();
        pages.put("app/home.xhtml", List.of(302, 200, 200, 200, 200, 200));
        pages.put("app/notifications.xhtml", List.of(302, 200, 200, 200, 200, 200));
        pages.put(questionnaire, List.of(302, 200, 403, 200, 403, 200));
        pages.put(
                "app/audit.xhtml?cycle=" + round.cycle() + "&region=" + round.regionA(),
                List.of(302, 200, 403, 200, 403, 200));
        pages.put("app/audit.xhtml?cycle=" + round.cycle(), List.of(302, 403, 403, 403, 403, 200));
        for (String page : List.of("cycles", "codebooks", "regions", "releases")) {
            pages.put("app/coordinator/" + page + ".xhtml", List.of(302, 403, 403, 403, 403, 200));
        }
        pages.put("app/coordinator/cycle.xhtml?code=" + round.cycle(), List.of(302, 403, 403, 403, 403, 200));
        pages.put("app/coordinator/queries.xhtml?cycle=" + round.cycle(), List.of(302, 403, 403, 403, 403, 200));
        pages.put("app/coordinator/queries.xhtml?cycle=no-such-cycle", List.of(302, 403, 403, 403, 403, 404));
        pages.put(
                "app/coordinator/codebook.xhtml?code=" + round.codebook() + "&version=1",
                List.of(302, 403, 403, 403, 403, 200));
        pages.put("app/coordinator/release.xhtml?version=9999.0", List.of(302, 403, 403, 403, 403, 404));
        pages.put("app/coordinator/cycle.xhtml?code=no-such-cycle", List.of(302, 403, 403, 403, 403, 404));
        pages.put("app/coordinator/codebook.xhtml?code=no-such-codebook", List.of(302, 403, 403, 403, 403, 404));
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c < CALLERS.size(); c++) {
            String caller = CALLERS.get(c);
            FormSession session =
                    caller.equals("anonymous") ? FormSession.anonymous(base) : FormSession.signIn(base, caller);
            for (Map.Entry<String, List<Integer>> page : pages.entrySet()) {
                int status = session.get(page.getKey()).statusCode();
                if (status != page.getValue().get(c)) {
                    wrong.add(page.getKey() + " as " + caller + ": " + status + " instead of "
                            + page.getValue().get(c));
                }
            }
            if (!caller.equals("anonymous")) {
                boolean letIn = pages.get(questionnaire).get(c) == 200;
                assertEquals(
                        letIn,
                        session.get(questionnaire).body().contains(written),
                        caller
                                + (letIn
                                        ? " is let in and sees region A's answers"
                                        : " is refused and sees none of region A's answers"));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void expiredForgedForeignIssuerAndForeignAudienceTokensAreRefused() throws InterruptedException {
        String groups =
                "{\"name\":\"groups\",\"protocol\":\"openid-connect\",\"protocolMapper\":\"oidc-usermodel-realm-role-mapper\","
                        + "\"config\":{\"claim.name\":\"groups\",\"multivalued\":\"true\",\"access.token.claim\":\"true\"}}";
        String audience =
                "{\"name\":\"audience\",\"protocol\":\"openid-connect\",\"protocolMapper\":\"oidc-audience-mapper\","
                        + "\"config\":{\"included.client.audience\":\"regindex-app\",\"access.token.claim\":\"true\"}}";
        KeycloakAdmin.ensureClient(
                "test-short-lived",
                ",\"attributes\":{\"access.token.lifespan\":\"6\"},\"protocolMappers\":[" + groups + "," + audience
                        + "]");
        KeycloakAdmin.ensureClient("test-other-audience", ",\"protocolMappers\":[" + groups + "]");

        String shortLived = KeycloakAdmin.token("test-short-lived", "coordinator");
        assertEquals(200, api.get("api/v1/me", shortLived).status(), "valid while it lasts");
        // Six seconds of life, not two: on a busy machine a two-second token had expired before its first call.
        Thread.sleep(Math.max(0, Tokens.expiresAt(shortLived).toEpochMilli() + 1500 - System.currentTimeMillis()));
        assertEquals(401, api.get("api/v1/me", shortLived).status(), "expired");
        assertEquals(
                401,
                api.get("api/v1/me", KeycloakAdmin.token("test-other-audience", "coordinator"))
                        .status(),
                "wrong audience");
        assertEquals(
                401,
                api.get("api/v1/me", Tokens.resignedWithForeignKey(Keycloak.accessToken("coordinator")))
                        .status(),
                "forged");
        assertEquals(
                401,
                api.get("api/v1/me", Keycloak.accessTokenWithOtherIssuer("coordinator"))
                        .status(),
                "wrong issuer");
        Api.Reply garbage = api.get("api/v1/me", "not-a-token");
        assertEquals(401, garbage.status(), "garbage");
        assertEquals(
                "application/problem+json",
                garbage.header("Content-Type").replaceAll(";.*", ""),
                "an API client gets problem JSON");
        assertEquals(401, garbage.json().asJsonObject().getInt("status"));
    }
}
