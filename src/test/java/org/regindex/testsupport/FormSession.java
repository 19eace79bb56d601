package org.regindex.testsupport;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser at the HTTP level, to send Faces forms the way a forged page would: the session
 * cookie is there, what the form carries is up to the test. Redirects are not followed, so each answer
 * is seen as the server gave it.
 */
public final class FormSession {

    private static final Pattern LOGIN_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new LocalhostCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    private FormSession(String base) {
        this.base = base;
    }

    /** Nobody signed in. */
    public static FormSession anonymous(String base) {
        return new FormSession(base);
    }

    /** Signs in through Keycloak's login form as a demo user (password = user name). */
    public static FormSession signIn(String base, String username) {
        FormSession session = new FormSession(base);
        HttpResponse<String> login = session.following(
                HttpRequest.newBuilder(URI.create(base + "app/home.xhtml")).GET(), 10);
        Matcher action = LOGIN_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException("Keycloak showed no login form to " + username + ": " + login.statusCode());
        }
        HttpResponse<String> home = session.following(
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                encode(Map.of("username", username, "password", username, "credentialId", "")))),
                10);
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(base)) {
            throw new IllegalStateException(
                    "The sign-in of " + username + " ended at " + home.uri() + " (" + home.statusCode() + "): "
                            + home.body().substring(0, Math.min(600, home.body().length())));
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return following(HttpRequest.newBuilder(URI.create(base + path)).GET(), 0);
    }

    /** Sends these fields form-encoded, as a browser posts a form without JavaScript. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return following(request, 0);
    }

    /** Any request, with this session's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        return following(request, 0);
    }

    /** The value of the page's {@code jakarta.faces.ViewState} field (the first form's). */
    public static String viewState(String page) {
        Matcher field = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        if (!field.find()) {
            throw new IllegalStateException("The page has no view state");
        }
        return field.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    /**
     * The fields of the regions page's "Add region" form as the page's own script sends it: the page's view
     * state, and the nonce PrimeFaces adds from its Content-Security-Policy.
     */
    public static Map<String, String> addRegionForm(
            HttpResponse<String> page, String code, String name, String country) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
        if (!nonce.find()) {
            throw new IllegalStateException("The page has no nonce");
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("addForm", "addForm");
        fields.put("addForm:code", code);
        fields.put("addForm:name", name);
        fields.put("addForm:country", country);
        fields.put("addForm:add", "addForm:add");
        fields.put("jakarta.faces.ViewState", viewState(page.body()));
        fields.put("primefaces.nonce", nonce.group(1));
        return fields;
    }

    /**
     * Keycloak marks its sign-in cookies Secure; browsers send those to http://localhost (a secure
     * context for them), Java's cookie store only over https. So the mark is dropped as they arrive.
     */
    private static final class LocalhostCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> relaxed = new HashMap<>();
            responseHeaders.forEach((name, values) -> relaxed.put(
                    name,
                    name != null && name.equalsIgnoreCase("Set-Cookie")
                            ? values.stream()
                                    .map(value -> value.replaceAll("(?i);\\s*Secure(?=;|$)", ""))
                                    .toList()
                            : values));
            cookies.put(uri, relaxed);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> following(HttpRequest.Builder request, int hops) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (hops > 0 && response.statusCode() / 100 == 3) {
                URI next = response.uri()
                        .resolve(response.headers().firstValue("Location").orElseThrow());
                return following(HttpRequest.newBuilder(next).GET(), hops - 1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
