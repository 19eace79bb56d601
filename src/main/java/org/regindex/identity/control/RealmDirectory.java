package org.regindex.identity.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Asks the Keycloak realm whether it has a user: a client-credentials token of the app's client (its
 * service account needs the realm-management roles {@code view-users} and {@code query-users}), then
 * {@code GET /admin/realms/{realm}/users?username=...&exact=true}. No answer, an error or a refusal of
 * the service account is a {@link RealmUnavailable}: the question stays unanswered, never "yes".
 */
public final class RealmDirectory {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** The realm ({@code https://host/realms/name}) and the confidential client the app signs in with. */
    public record Settings(String providerUri, String clientId, String clientSecret) {

        public Settings {
            providerUri = providerUri == null ? "" : providerUri.strip().replaceAll("/+$", "");
        }

        /** {@code https://host/realms/name} becomes {@code https://host/admin/realms/name/users}. */
        public URI users() {
            int at = providerUri.lastIndexOf("/realms/");
            if (at < 0) {
                throw new RealmUnavailable("The sign-in realm's address " + providerUri
                        + " does not end in /realms/<name>, so user names cannot be checked.");
            }
            return URI.create(providerUri.substring(0, at) + "/admin" + providerUri.substring(at) + "/users");
        }

        URI token() {
            return URI.create(providerUri + "/protocol/openid-connect/token");
        }
    }

    private final Settings settings;
    private final HttpClient http;
    private final Duration timeout;
    private String token;

    public RealmDirectory(Settings settings, Duration timeout) {
        this.settings = settings;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Whether the realm has a user of exactly this name. Keycloak keeps user names in lower case and finds
     * them in any case, but sign-in gives the lower-case name, so only that one is a user's name here.
     */
    public boolean knows(String username) {
        URI query = URI.create(settings.users() + "?exact=true&briefRepresentation=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(query)
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json")
                .GET());
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            throw new RealmUnavailable("Keycloak does not let the application look up user names (the service"
                    + " account of client " + settings.clientId()
                    + " needs the realm-management roles view-users and query-users), so user names cannot be"
                    + " checked.");
        }
        if (answer.statusCode() != 200) {
            throw new RealmUnavailable(
                    "Keycloak answered " + answer.statusCode() + " to a user lookup, so user names cannot be checked.");
        }
        try {
            return READERS.createReader(new StringReader(answer.body())).readArray().stream()
                    .filter(user -> user.getValueType() == JsonValue.ValueType.OBJECT)
                    .map(JsonValue::asJsonObject)
                    .anyMatch(user -> username.equals(user.getString("username", "")));
        } catch (JsonException | ClassCastException e) {
            throw new RealmUnavailable("Keycloak's answer to a user lookup was not a list of users.");
        }
    }

    private String token() {
        if (token != null) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id="
                + URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8) + "&client_secret="
                + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(settings.token())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.statusCode() != 200) {
            throw new RealmUnavailable("Keycloak gave the application no token for its service account (it answered "
                    + answer.statusCode() + "; the client " + settings.clientId()
                    + " needs service accounts enabled), so user names cannot be checked.");
        }
        try {
            JsonObject json =
                    READERS.createReader(new StringReader(answer.body())).readObject();
            token = json.getString("access_token");
            return token;
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new RealmUnavailable("Keycloak's token answer had no access token, so user names cannot be checked.");
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RealmUnavailable(
                    "Keycloak (the sign-in service) cannot be reached, so user names cannot be checked.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RealmUnavailable("The user lookup at Keycloak was interrupted.");
        }
    }
}
