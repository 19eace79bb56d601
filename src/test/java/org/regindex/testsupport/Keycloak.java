package org.regindex.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Real tokens from the test build's Keycloak (password grant of the app's client). */
public final class Keycloak {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Keycloak() {
    }

    /** An access token for a demo user (password = username). */
    public static String accessToken(String username) {
        return accessToken(TestEnvironment.realmUrl(), username);
    }

    /**
     * A token validly signed by the realm but issued under another name of the same server
     * ({@code 127.0.0.1} instead of {@code localhost}), so its {@code iss} is not the one the app trusts.
     */
    public static String accessTokenWithOtherIssuer(String username) {
        return accessToken(TestEnvironment.realmUrl().replace("//localhost:", "//127.0.0.1:"), username);
    }

    private static String accessToken(String realmUrl, String username) {
        Map<String, String> form = Map.of(
                "grant_type", "password",
                "client_id", "regindex-app",
                "client_secret", TestEnvironment.clientSecret(),
                "username", username,
                "password", username);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.body());
            }
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            return json.getString("access_token");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
