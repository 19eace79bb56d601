package org.regindex.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.regindex.identity.control.SignedInPerson;

/**
 * Signing out of pages: the session ends here, then the browser goes to Keycloak's end-session endpoint (from the
 * provider's discovery document) with the person's ID token, which ends the Keycloak session and returns to the
 * public home page. When Keycloak cannot be asked for its endpoint, the browser goes straight home.
 */
@ApplicationScoped
public class SignOut {

    private static final Logger LOG = Logger.getLogger(SignOut.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Inject
    OpenIdSettings settings;

    @Inject
    SignInSessions sessions;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile String endSessionEndpoint;

    public void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Optional<SignedInPerson> person = sessions.person(request);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = baseUrl(request) + "/";
        Optional<String> endpoint = person.isPresent() ? endSessionEndpoint() : Optional.empty();
        response.sendRedirect(endpoint.map(address -> address
                        + (address.contains("?") ? "&" : "?")
                        + "client_id=" + encode(settings.getClientId())
                        + "&id_token_hint=" + encode(person.get().idToken())
                        + "&post_logout_redirect_uri=" + encode(home))
                .orElse(home));
    }

    /** The address the browser used up to the application's root, as the sign-in's redirect address is made. */
    static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private Optional<String> endSessionEndpoint() {
        if (endSessionEndpoint == null) {
            HttpRequest discovery = HttpRequest.newBuilder(settings.discoveryDocument())
                    .timeout(TIMEOUT)
                    .GET()
                    .build();
            try {
                HttpResponse<InputStream> answer = http.send(discovery, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = answer.body()) {
                    if (answer.statusCode() == 200) {
                        try (JsonReader reader = Json.createReader(body)) {
                            endSessionEndpoint = reader.readObject().getString("end_session_endpoint", null);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not read the sign-in service's end-session endpoint", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.ofNullable(endSessionEndpoint);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
