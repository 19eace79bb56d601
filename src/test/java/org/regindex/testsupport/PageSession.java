package org.regindex.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser session at the HTTP level: cookies, the real OpenID Connect sign-in through Keycloak's
 * login form, and the status of each page as the server answers it (redirects not followed).
 */
public final class PageSession {

    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new LocalhostCookies())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    /**
     * Keycloak marks its login cookies Secure; a browser sends those to http://localhost (a secure
     * context), the JDK's cookie manager only over https, so it is asked as if the request were https.
     */
    private static final class LocalhostCookies extends CookieManager {

        LocalhostCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            URI secure = "localhost".equals(uri.getHost()) ? URI.create("https" + uri.toString().substring(uri.getScheme().length())) : uri;
            return super.get(secure, requestHeaders);
        }
    }

    private PageSession(String base) {
        this.base = base;
    }

    /** No sign-in at all. */
    public static PageSession anonymous(String base) {
        return new PageSession(base);
    }

    /** Signs in as a demo user (password = user name) the way a browser does. */
    public static PageSession signedIn(String base, String username) {
        PageSession session = new PageSession(base);
        HttpResponse<String> page = session.follow(URI.create(base + "app/home.xhtml"), 10);
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("No Keycloak login form for " + username);
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> home = session.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)), 10);
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(base)) {
            throw new IllegalStateException("Sign-in of " + username + " ended at " + home.uri() + " with " + home.statusCode());
        }
        return session;
    }

    /** The status the server answers for the page (302 when it sends the browser to the login). */
    public int status(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 0).statusCode();
    }

    public String body(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 0).body();
    }

    private HttpResponse<String> follow(URI uri, int hops) {
        return send(HttpRequest.newBuilder(uri).GET(), hops);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int hops) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (hops > 0 && response.statusCode() / 100 == 3) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                return follow(next, hops - 1);
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
