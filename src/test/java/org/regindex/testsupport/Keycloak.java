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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Real tokens from the test build's Keycloak (password grant of the app's client). A user's token is
 * reused while it has at least half of its life (the realm gives five minutes) left, so a test that keeps
 * one in a field still has minutes: the app checks a token's signature, issuer, audience and expiry, never
 * how new it is, and every grant costs Keycloak a password hash.
 */
public final class Keycloak {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long MARGIN_SECONDS = 150;

    private record Issued(String token, long usableUntil) {}

    private static final Map<String, Issued> ISSUED = new ConcurrentHashMap<>();

    private Keycloak() {}

    /** An access token for a demo user (password = username). */
    public static String accessToken(String username) {
        Issued issued = ISSUED.get(username);
        if (issued == null || System.nanoTime() - issued.usableUntil() >= 0) {
            issued = grant(TestEnvironment.realmUrl(), username);
            ISSUED.put(username, issued);
        }
        return issued.token();
    }

    /**
     * A token validly signed by the realm but issued under another name of the same server
     * ({@code 127.0.0.1} instead of {@code localhost}), so its {@code iss} is not the one the app trusts.
     */
    public static String accessTokenWithOtherIssuer(String username) {
        return grant(TestEnvironment.realmUrl().replace("//localhost:", "//127.0.0.1:"), username)
                .token();
    }

    private static Issued grant(String realmUrl, String username) {
        Map<String, String> form = Map.of(
                "grant_type",
                "password",
                "client_id",
                "regindex-app",
                "client_secret",
                TestEnvironment.clientSecret(),
                "username",
                username,
                "password",
                username);
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
            JsonObject json =
                    Json.createReader(new StringReader(response.body())).readObject();
            long lifetime = json.getJsonNumber("expires_in").longValue();
            return new Issued(
                    json.getString("access_token"),
                    System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(0, lifetime - MARGIN_SECONDS)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
