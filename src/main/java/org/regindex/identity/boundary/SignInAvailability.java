package org.regindex.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the sign-in service answers, asked just before a browser would be sent to it: when it is down
 * the person gets our page saying so, not the browser's "cannot connect". The answer is kept a few
 * seconds so that a burst of visitors does not become a burst of probes.
 */
@ApplicationScoped
public class SignInAvailability {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration KEEP = Duration.ofSeconds(5);

    @Inject
    OpenIdSettings settings;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Instant checkedAt = Instant.MIN;
    private volatile boolean reachable;

    public boolean isProvider(String location) {
        return location != null && location.startsWith(settings.getProviderUri());
    }

    public boolean reachable() {
        Instant now = Instant.now();
        if (checkedAt.plus(KEEP).isBefore(now)) {
            reachable = probe();
            checkedAt = now;
        }
        return reachable;
    }

    private boolean probe() {
        HttpRequest request = HttpRequest.newBuilder(settings.discoveryDocument())
                .timeout(TIMEOUT)
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
