package org.regindex.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client for the app under test; every call says whose token it carries. */
public final class Api {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI base;

    public Api(URL base) {
        this.base = URI.create(TestEnvironment.onLocalhost(base));
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The address of the next page from the {@code Link: <...>; rel="next"} header, or null. */
        public String next() {
            String link = header("Link");
            if (link == null) {
                return null;
            }
            Matcher next = NEXT.matcher(link);
            return next.matches() ? next.group(1) : null;
        }
    }

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    /** Every item of a list that answers a page at a time (a JSON array each), following its next links. */
    public List<JsonValue> getAll(String path, String token) {
        List<JsonValue> all = new ArrayList<>();
        for (String page = path; page != null; ) {
            Reply reply = get(page, token);
            if (reply.status() != 200) {
                throw new IllegalStateException("GET " + page + " answered " + reply.status() + ": " + reply.body());
            }
            all.addAll(reply.json().asJsonArray());
            page = reply.next();
        }
        return all;
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Reply postJson(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A relative path is resolved against the application, an absolute one against the server. */
    public Reply postBytes(String path, String token, byte[] body) {
        return send(request(path, token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A GET with extra request headers, e.g. If-None-Match or Origin. */
    public Reply get(String path, String token, String... headers) {
        HttpRequest.Builder builder = request(path, token);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.GET());
    }

    public Reply options(String path, String... headers) {
        HttpRequest.Builder builder = request(path, null);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    public Reply putJson(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method with a raw body of the given media type (null: no Content-Type header). */
    public Reply send(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path, token);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * The same on a connection of its own: a server that answers before reading the whole body (too large,
     * wrong media type, no token) closes the connection, which a pooled one would find out only on reuse.
     */
    public Reply sendAlone(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path, token);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        HttpClient alone = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return send(alone, builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public byte[] download(String path, String token) {
        try {
            HttpResponse<byte[]> response =
                    HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            ContractCheck.checkDownload(response);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply postForm(String path, String formEncoded) {
        return send(request(path, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Reply send(HttpRequest.Builder builder) {
        return send(HTTP, builder);
    }

    private static Reply send(HttpClient client, HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            ContractCheck.check(response);
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
