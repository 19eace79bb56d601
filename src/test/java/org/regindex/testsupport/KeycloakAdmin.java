package org.regindex.testsupport;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The test Keycloak's admin API (the build starts Keycloak with a bootstrap admin): adds clients that only
 * tests need, so that the realm shipped with the product stays as it is.
 */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakAdmin() {}

    private static String server() {
        return TestEnvironment.realmUrl().replaceFirst("/realms/regindex$", "");
    }

    /** Creates a confidential client with direct grants (the same secret as its id), unless it exists. */
    public static void ensureClient(String clientId, String clientJsonExtras) {
        String token = adminToken();
        String body = "{\"clientId\":\"" + clientId + "\",\"enabled\":true,\"publicClient\":false,\"secret\":\""
                + clientId + "\"," + "\"directAccessGrantsEnabled\":true,\"standardFlowEnabled\":false"
                + clientJsonExtras + "}";
        HttpResponse<String> created =
                send(HttpRequest.newBuilder(URI.create(server() + "/admin/realms/regindex/clients"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("Keycloak refused client " + clientId + ": " + created.body());
        }
    }

    /**
     * Creates a user (password = user name) with a realm role and an account language (the {@code locale}
     * attribute a person sets on Keycloak's account page), unless one of that name exists.
     */
    public static void ensureUser(String username, String realmRole, String locale) {
        String token = adminToken();
        String users = server() + "/admin/realms/regindex/users";
        String body = "{\"username\":\"" + username + "\",\"enabled\":true,\"emailVerified\":true,\"firstName\":\""
                + username + "\",\"lastName\":\"Test\",\"email\":\"" + username + "@regindex.example\","
                + "\"attributes\":{\"locale\":[\"" + locale
                + "\"]},\"credentials\":[{\"type\":\"password\",\"value\":\""
                + username + "\",\"temporary\":false}]}";
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(users))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (created.statusCode() == 409) {
            return;
        }
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused user " + username + ": " + created.body());
        }
        String user = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> role =
                send(HttpRequest.newBuilder(URI.create(server() + "/admin/realms/regindex/roles/" + realmRole))
                        .header("Authorization", "Bearer " + token));
        HttpResponse<String> mapped = send(HttpRequest.newBuilder(URI.create(user + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role.body() + "]")));
        if (role.statusCode() != 200 || mapped.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not give " + username + " the role " + realmRole + ": "
                    + role.body() + " " + mapped.body());
        }
    }

    /** A user's access token from a given client (password grant; secret = client id). */
    public static String token(String clientId, String username) {
        String form = "grant_type=password&client_id=" + clientId + "&client_secret=" + clientId + "&username="
                + username + "&password=" + username;
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(TestEnvironment.realmUrl() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token from " + clientId + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    private static String adminToken() {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(server() + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&client_id=admin-cli&username=admin&password=admin")));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No admin token: " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
