package org.regindex.testsupport;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads schema.org JSON-LD the way a dataset search engine does: expanded with a JSON-LD processor (Titanium), so
 * that only what the vocabulary means counts, not how the JSON spells it; then checks what Google's Dataset Search
 * requires and recommends. No network: the schema.org context is a file of the tests
 * ({@code schema.org/context.jsonld}), a minimal one (the vocabulary, and the address- and date-valued terms this
 * project uses typed as the published context types them).
 */
public final class DatasetSearch {

    public static final String SCHEMA = "https://schema.org/";

    private static final DocumentLoader OFFLINE = (url, options) -> {
        if (!url.toString().startsWith("https://schema.org") && !url.toString().startsWith("http://schema.org")) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "Offline: " + url);
        }
        try (InputStream in = DatasetSearch.class.getResourceAsStream("/schema.org/context.jsonld")) {
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    private DatasetSearch() {}

    /** The expanded document: every node with full IRIs for its types and properties. */
    public static JsonArray expand(String jsonLd) {
        try {
            Document document = JsonDocument.of(new StringReader(jsonLd));
            return JsonLd.expand(document)
                    .base(URI.create("https://regindex.invalid/"))
                    .loader(OFFLINE)
                    .get();
        } catch (JsonLdError e) {
            throw new IllegalArgumentException("Not JSON-LD: " + e.getMessage(), e);
        }
    }

    /** The one Dataset node of a page's JSON-LD, expanded. */
    public static JsonObject dataset(String jsonLd) {
        JsonArray expanded = expand(jsonLd);
        List<JsonObject> datasets = expanded.getValuesAs(JsonObject.class).stream()
                .filter(node -> types(node).contains(SCHEMA + "Dataset"))
                .toList();
        if (datasets.size() != 1) {
            throw new AssertionError("Expected one Dataset, found " + datasets.size() + " in " + expanded);
        }
        return datasets.get(0);
    }

    public static List<String> types(JsonObject node) {
        return node.containsKey("@type")
                ? node.getJsonArray("@type").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()
                : List.of();
    }

    /** The values of a schema.org property (name without the vocabulary), as expanded: value objects or nodes. */
    public static List<JsonObject> values(JsonObject node, String property) {
        JsonValue values = node.get(SCHEMA + property);
        return values == null ? List.of() : values.asJsonArray().getValuesAs(JsonObject.class);
    }

    /** The text (or date) values of a property. */
    public static List<String> texts(JsonObject node, String property) {
        return values(node, property).stream()
                .filter(v -> v.containsKey("@value"))
                .map(v -> v.get("@value") instanceof JsonString s
                        ? s.getString()
                        : v.get("@value").toString())
                .toList();
    }

    /** The IRIs of a property whose values are addresses ({@code url}, {@code license}, {@code contentUrl}). */
    public static List<String> iris(JsonObject node, String property) {
        return values(node, property).stream()
                .filter(v -> v.containsKey("@id") && v.size() == 1)
                .map(v -> v.getString("@id"))
                .toList();
    }

    public static String text(JsonObject node, String property) {
        List<String> texts = texts(node, property);
        return texts.isEmpty() ? null : texts.get(0);
    }

    /**
     * What Google's Dataset Search asks of a Dataset and its files, as a list of what is missing or wrong (empty when
     * nothing is): name; a description of 50 to 5000 characters; the recommended version, licence, creator (each a
     * Person or Organization with a name), publisher, date of publication, identifier, spatial coverage and variables;
     * and one DataDownload per file with an absolute contentUrl, an encodingFormat and a SHA-256.
     */
    public static List<String> problems(JsonObject dataset) {
        List<String> problems = new ArrayList<>();
        if (!types(dataset).contains(SCHEMA + "Dataset")) {
            problems.add("not a Dataset");
        }
        String name = text(dataset, "name");
        if (name == null || name.isBlank()) {
            problems.add("no name");
        }
        String description = text(dataset, "description");
        if (description == null || description.length() < 50 || description.length() > 5000) {
            problems.add("description not 50 to 5000 characters: " + description);
        }
        for (String property : List.of("version", "datePublished")) {
            if (texts(dataset, property).isEmpty()) {
                problems.add("no " + property);
            }
        }
        if (texts(dataset, "datePublished").stream().anyMatch(d -> !d.matches("\\d{4}-\\d{2}-\\d{2}"))) {
            problems.add("datePublished not an ISO date");
        }
        if (iris(dataset, "license").stream().noneMatch(l -> l.startsWith("https://"))) {
            problems.add("no licence address");
        }
        if (values(dataset, "identifier").isEmpty()) {
            problems.add("no identifier");
        }
        named(problems, dataset, "creator", List.of("Person", "Organization"));
        named(problems, dataset, "publisher", List.of("Organization", "Person"));
        named(problems, dataset, "spatialCoverage", List.of("Place"));
        named(problems, dataset, "variableMeasured", List.of("PropertyValue"));
        List<JsonObject> downloads = values(dataset, "distribution");
        if (downloads.isEmpty()) {
            problems.add("no distribution");
        }
        for (JsonObject download : downloads) {
            String what = "download " + text(download, "name");
            if (!types(download).contains(SCHEMA + "DataDownload")) {
                problems.add(what + " not a DataDownload");
            }
            if (iris(download, "contentUrl").stream().noneMatch(u -> u.startsWith("http"))) {
                problems.add(what + " has no absolute contentUrl");
            }
            if (texts(download, "encodingFormat").stream().noneMatch(f -> f.contains("/"))) {
                problems.add(what + " has no media type");
            }
            if (texts(download, "sha256").stream().noneMatch(h -> h.matches("[0-9a-f]{64}"))) {
                problems.add(what + " has no SHA-256");
            }
        }
        return problems;
    }

    private static void named(List<String> problems, JsonObject dataset, String property, List<String> types) {
        List<JsonObject> nodes = values(dataset, property);
        if (nodes.isEmpty()) {
            problems.add("no " + property);
        }
        for (JsonObject node : nodes) {
            if (types.stream().noneMatch(t -> types(node).contains(SCHEMA + t))) {
                problems.add(property + " of type " + types(node));
            }
            if (text(node, "name") == null) {
                problems.add(property + " without a name");
            }
        }
    }
}
