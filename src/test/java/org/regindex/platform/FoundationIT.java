package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regindex.testsupport.Api;
import org.regindex.testsupport.Keycloak;
import org.regindex.testsupport.TestEnvironment;
import org.regindex.testsupport.Tokens;

/**
 * The built war on Payara Micro, against the build's MariaDB and Keycloak: schema, readiness, and
 * who the API lets in.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base);
    }

    @Test
    void flywayAppliedEveryMigrationOfTheProject() throws SQLException, IOException {
        Set<String> scripts;
        try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
            scripts = files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
        try (Connection db = DriverManager.getConnection(TestEnvironment.databaseUrl(), "root", "");
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery(
                        "select script, success from flyway_schema_history where version is not null")) {
            Set<String> applied = new java.util.HashSet<>();
            while (rows.next()) {
                assertTrue(rows.getBoolean("success"), rows.getString("script") + " failed");
                applied.add(rows.getString("script"));
            }
            assertEquals(scripts, applied);
        }
    }

    @Test
    void readinessIsUpWhenTheDatabaseAnswers() {
        Api.Reply reply = api().get("/health/ready", null);
        assertEquals(200, reply.status(), reply.body());
        JsonObject health = reply.json().asJsonObject();
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database"))
                .findFirst()
                .orElseThrow();
        assertEquals("UP", database.getString("status"));
    }

    @ParameterizedTest
    @CsvSource({
        "coordinator, Clara Coordinator, coordinator",
        "reviewer1,   Rafael Reviewer,   reviewer",
        "reviewer2,   Rita Reviewer,     reviewer",
        "expert1,     Elena Expert,      expert",
        "expert2,     Enzo Expert,       expert"
    })
    void meAnswersTheCallerAndTheirRolesFromARealToken(String username, String name, String role) {
        Api.Reply reply = api().get("api/v1/me", Keycloak.accessToken(username));
        assertEquals(200, reply.status(), reply.body());
        JsonObject me = reply.json().asJsonObject();
        assertEquals(username, me.getString("username"));
        assertEquals(name, me.getString("name"));
        assertEquals(username + "@regindex.example", me.getString("email"));
        assertEquals(
                List.of(role),
                me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
    }

    @Test
    void withoutATokenTheApiAnswers401AsAProblem() {
        Api.Reply reply = api().get("api/v1/me", null);
        assertEquals(401, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        assertEquals(401, reply.json().asJsonObject().getInt("status"));
        assertNotNull(reply.header("WWW-Authenticate"));
    }

    @Test
    void aTokenSignedWithAForeignKeyIsRefused() {
        String forged = Tokens.resignedWithForeignKey(Keycloak.accessToken("coordinator"));
        assertEquals(401, api().get("api/v1/me", forged).status());
    }

    @Test
    void aTokenWhoseClaimsWereEditedIsRefused() {
        String token = Keycloak.accessToken("expert1");
        String promoted = Tokens.withClaimsEdited(token, "\"groups\":[\"expert\"", "\"groups\":[\"coordinator\"");
        Api.Reply reply = api().postJson(
                        "api/v1/regions",
                        promoted,
                        "{\"code\":\"FR10\",\"name\":\"Île-de-France\",\"country\":\"FR\"}");
        assertEquals(401, reply.status());
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        String token = Keycloak.accessTokenWithOtherIssuer("coordinator");
        assertEquals(401, api().get("api/v1/me", token).status());
        assertEquals(
                200,
                api().get("api/v1/me", Keycloak.accessToken("coordinator")).status(),
                "the same user with the trusted issuer gets in");
    }

    @Test
    void anExpertCannotUseACoordinatorEndpoint() {
        Api.Reply reply = api().postJson(
                        "api/v1/regions",
                        Keycloak.accessToken("expert1"),
                        "{\"code\":\"FR10\",\"name\":\"Île-de-France\",\"country\":\"FR\"}");
        assertEquals(403, reply.status(), reply.body());
        assertEquals(
                "urn:regindex:problem:RoleRequired", reply.json().asJsonObject().getString("type"));
        List<JsonValue> regions = api().getAll("api/v1/regions?limit=1000", Keycloak.accessToken("coordinator"));
        assertTrue(
                regions.stream()
                        .noneMatch(r -> r.asJsonObject().getString("code").equals("FR10")),
                "nothing was stored");
    }

    @Test
    void aCoordinatorAddsARegionOnceAndGetsClearMessagesForBadInput() {
        String coordinator = Keycloak.accessToken("coordinator");
        String code = "NL"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36)
                        .toUpperCase();
        Api.Reply created = api().postJson(
                        "api/v1/regions",
                        coordinator,
                        "{\"code\":\"" + code + "\",\"name\":\"North Holland\",\"country\":\"NL\"}");
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/api/v1/regions/" + code));
        Api.Reply located = api().get("api/v1/regions/" + code, coordinator);
        assertEquals("North Holland", located.json().asJsonObject().getString("name"));
        assertEquals(404, api().get("api/v1/regions/XX999", coordinator).status());

        Api.Reply again = api().postJson(
                        "api/v1/regions",
                        coordinator,
                        "{\"code\":\"" + code + "\",\"name\":\"Noord-Holland\",\"country\":\"NL\"}");
        assertEquals(409, again.status());
        assertEquals(
                "A region with code " + code + " exists already.",
                again.json().asJsonObject().getString("detail"));

        Api.Reply invalid = api().postJson(
                        "api/v1/regions",
                        coordinator,
                        "{\"code\":\"nl-33\",\"name\":\"South Holland\",\"country\":\"NL\"}");
        assertEquals(400, invalid.status());
        assertTrue(invalid.json().asJsonObject().getString("detail").contains("not a NUTS code"));

        assertEquals(
                1,
                api().getAll("api/v1/regions", coordinator).stream()
                        .filter(r -> r.asJsonObject().getString("code").equals(code))
                        .count());
    }

    @Test
    void unknownApiPathsAnswerAProblemWithoutInternals() {
        Api.Reply reply = api().get("api/v1/no-such-thing", Keycloak.accessToken("expert1"));
        assertEquals(404, reply.status());
        assertEquals(404, reply.json().asJsonObject().getInt("status"));
        assertTrue(!reply.body().contains("Exception"), reply.body());
    }

    @Test
    void aFormSentWithAStaleViewStateLeadsToTheExpiredPage() {
        Api.Reply reply = api().postForm("index.xhtml", "form=form&jakarta.faces.ViewState=stale-or-forged");
        assertEquals(302, reply.status(), reply.body());
        assertTrue(reply.header("Location").endsWith("/regindex/error/expired.xhtml"), reply.header("Location"));
        Api.Reply page = api().get("error/expired.xhtml", null);
        assertTrue(page.body().contains("Your page has expired"), page.body());
    }
}
