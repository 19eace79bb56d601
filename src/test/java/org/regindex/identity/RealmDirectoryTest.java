package org.regindex.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regindex.identity.control.RealmDirectory;
import org.regindex.identity.control.RealmUnavailable;

/**
 * The realm lookup against a stand-in of Keycloak's token endpoint and admin API on this machine: what it
 * asks, a known and an unknown user, and every way Keycloak fails to answer, none of which may read as
 * "this user exists".
 */
class RealmDirectoryTest {

    private HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile int tokenStatus = 200;
    private volatile int usersStatus = 200;
    private volatile String users = "[]";

    @BeforeEach
    void aStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/realms/test/protocol/openid-connect/token", exchange -> {
            String form = read(exchange);
            asked.add("token " + form);
            answer(exchange, tokenStatus, "{\"access_token\":\"service-token\",\"expires_in\":300}");
        });
        server.createContext("/admin/realms/test/users", exchange -> {
            read(exchange);
            asked.add("users " + exchange.getRequestURI().getRawQuery() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            answer(exchange, usersStatus, users);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private RealmDirectory directory(String realm) {
        return new RealmDirectory(
                new RealmDirectory.Settings(realm, "regindex-app", "s3cret&x"), Duration.ofSeconds(2));
    }

    private RealmDirectory directory() {
        return directory("http://localhost:" + server.getAddress().getPort() + "/realms/test/");
    }

    @Test
    void theAdminAddressIsTheRealmsUnderAdmin() {
        assertEquals(
                URI.create("https://login.example.org/auth/admin/realms/regindex/users"),
                new RealmDirectory.Settings("https://login.example.org/auth/realms/regindex", "c", "s").users());
        assertThrows(
                RealmUnavailable.class,
                () -> new RealmDirectory.Settings("https://login.example.org/", "c", "s").users());
    }

    @Test
    void aKnownUserIsFoundWithTheServiceAccountsTokenByExactName() {
        users = "[{\"id\":\"1\",\"username\":\"expert1\"}]";
        RealmDirectory directory = directory();
        assertFalse(directory.knows("Expert1"), "Keycloak finds it in any case, but signs it in as expert1");
        assertTrue(directory.knows("expert1"));
        assertEquals(
                List.of(
                        "token grant_type=client_credentials&client_id=regindex-app&client_secret=s3cret%26x",
                        "users exact=true&briefRepresentation=true&username=Expert1 Bearer service-token",
                        "users exact=true&briefRepresentation=true&username=expert1 Bearer service-token"),
                asked,
                "one token for both lookups");
    }

    @Test
    void anUnknownUserIsNotFoundEvenWhenAnotherOneIsSimilar() {
        users = "[{\"id\":\"1\",\"username\":\"expert10\"}]";
        assertFalse(directory().knows("expert1"));
        users = "[]";
        assertFalse(directory().knows("nobody"));
    }

    @Test
    void everyFailureToAnswerIsRealmUnavailableNeverAYes() throws IOException {
        usersStatus = 403;
        assertTrue(assertThrows(RealmUnavailable.class, () -> directory().knows("expert1"))
                .getMessage()
                .contains("view-users and query-users"));
        usersStatus = 500;
        assertTrue(assertThrows(RealmUnavailable.class, () -> directory().knows("expert1"))
                .getMessage()
                .contains("answered 500"));
        usersStatus = 200;
        users = "{\"not\":\"a list\"}";
        assertThrows(RealmUnavailable.class, () -> directory().knows("expert1"));
        tokenStatus = 401;
        assertTrue(assertThrows(RealmUnavailable.class, () -> directory().knows("expert1"))
                .getMessage()
                .contains("no token"));

        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        RealmUnavailable unreachable = assertThrows(
                RealmUnavailable.class,
                () -> directory("http://localhost:" + closed + "/realms/test").knows("expert1"));
        assertEquals(
                "Keycloak (the sign-in service) cannot be reached, so user names cannot be checked."
                        + " Nothing was changed; try again when Keycloak answers.",
                unreachable.getMessage());
        assertEquals(503, unreachable.kind().status);
    }
}
