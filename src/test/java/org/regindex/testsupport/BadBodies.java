package org.regindex.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The table of bad bodies for one request schema of the OpenAPI document: broken JSON, invalid UTF-8, the
 * wrong shape, and for each field a value of the wrong type, a null inside a list, a value outside its enum,
 * text longer than its maxLength. Each case says the status the server must answer.
 */
public final class BadBodies {

    /** One body to send; {@code exact} false: any 4xx is right (a rule past the binding decides). */
    public record Case(String name, byte[] body, int status, boolean exact) {}

    private final JsonObject components;

    public BadBodies(JsonObject document) {
        JsonObject found = document.getJsonObject("components");
        this.components = found == null ? JsonValue.EMPTY_JSON_OBJECT : found.getJsonObject("schemas");
    }

    /** A schema with its {@code $ref} followed (one level). */
    public JsonObject resolve(JsonObject schema) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return resolve(components.getJsonObject(name));
        }
        return schema;
    }

    public List<Case> cases(JsonObject requestSchema, JsonValue example) {
        JsonObject schema = resolve(requestSchema);
        JsonValue valid = example != null ? example : sample(schema, 0);
        List<Case> cases = new ArrayList<>();
        cases.add(exact("truncated JSON", text("{\"a\":")));
        cases.add(exact("a lone brace", text("{")));
        cases.add(exact("two JSON values", text("{} {}")));
        cases.add(exact("trailing comma", text("{\"a\":1,}")));
        cases.add(exact("a bare string", text("\"text\"")));
        cases.add(exact("a bare number", text("42")));
        cases.add(exact("JSON null", text("null")));
        cases.add(exact("empty body", new byte[0]));
        cases.add(exact("invalid UTF-8", invalidUtf8(valid)));
        boolean array = "array".equals(schema.getString("type", ""));
        cases.add(exact(array ? "an object for a list" : "a list for an object", text(array ? "{}" : "[]")));
        if (array) {
            cases.add(exact("a null in the list", text("[null]")));
            cases.add(exact("a list in the list", text("[[]]")));
        }
        JsonObject properties = schema.getJsonObject("properties");
        if (!array && properties != null && valid.getValueType() == JsonValue.ValueType.OBJECT) {
            for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
                fieldCases(
                        cases,
                        valid.asJsonObject(),
                        property.getKey(),
                        resolve(property.getValue().asJsonObject()));
            }
        }
        return cases;
    }

    private void fieldCases(List<Case> cases, JsonObject valid, String field, JsonObject schema) {
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "");
        switch (type) {
            case "string" -> {
                cases.add(exact(field + ": an object for text", with(valid, field, JsonValue.EMPTY_JSON_OBJECT)));
                cases.add(exact(
                        field + ": a list for text",
                        with(valid, field, Json.createArrayBuilder().add(1).build())));
                if (schema.containsKey("enum")) {
                    cases.add(semantic(
                            field + ": a value outside its enum", with(valid, field, Json.createValue("NOT-A-VALUE"))));
                }
                if (schema.containsKey("maxLength")) {
                    String tooLong = "x".repeat(schema.getInt("maxLength") + 1);
                    cases.add(semantic(
                            field + ": longer than its maxLength", with(valid, field, Json.createValue(tooLong))));
                }
            }
            case "integer" -> {
                cases.add(exact(field + ": text for a number", with(valid, field, Json.createValue("one"))));
                cases.add(exact(field + ": a fraction for an integer", with(valid, field, Json.createValue(1.5))));
                cases.add(exact(
                        field + ": a number out of range",
                        with(valid, field, Json.createValue(new java.math.BigDecimal("1e30")))));
                cases.add(exact(field + ": a list for a number", with(valid, field, JsonValue.EMPTY_JSON_ARRAY)));
            }
            case "number" ->
                cases.add(exact(field + ": text for a number", with(valid, field, Json.createValue("one"))));
            case "boolean" -> {
                cases.add(exact(field + ": text for true/false", with(valid, field, Json.createValue("yes"))));
                cases.add(exact(field + ": an object for true/false", with(valid, field, JsonValue.EMPTY_JSON_OBJECT)));
            }
            case "array" -> {
                cases.add(exact(field + ": an object for a list", with(valid, field, JsonValue.EMPTY_JSON_OBJECT)));
                cases.add(semantic(
                        field + ": a null in the list",
                        with(valid, field, Json.createArrayBuilder().addNull().build())));
                JsonObject items = schema.containsKey("items")
                        ? resolve(schema.getJsonObject("items"))
                        : JsonValue.EMPTY_JSON_OBJECT;
                if ("string".equals(items.getString("type", ""))) {
                    cases.add(exact(
                            field + ": an object in a list of text",
                            with(
                                    valid,
                                    field,
                                    Json.createArrayBuilder()
                                            .add(JsonValue.EMPTY_JSON_OBJECT)
                                            .build())));
                } else if (items.containsKey("properties")) {
                    cases.add(exact(
                            field + ": a list in a list of objects",
                            with(
                                    valid,
                                    field,
                                    Json.createArrayBuilder()
                                            .add(JsonValue.EMPTY_JSON_ARRAY)
                                            .build())));
                }
            }
            case "object" -> {
                cases.add(exact(field + ": a list for an object", with(valid, field, JsonValue.EMPTY_JSON_ARRAY)));
                cases.add(exact(field + ": text for an object", with(valid, field, Json.createValue("x"))));
            }
            default -> {}
        }
    }

    /** A body of the schema's shape: text "x" (or the first enum value), 1, false, one level of lists. */
    public JsonValue sample(JsonObject schema, int depth) {
        JsonObject resolved = resolve(schema);
        String type = resolved.getString("type", resolved.containsKey("properties") ? "object" : "");
        return switch (type) {
            case "string" ->
                resolved.containsKey("enum") ? resolved.getJsonArray("enum").get(0) : Json.createValue("x");
            case "integer", "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.FALSE;
            case "array" -> depth > 2 ? JsonValue.EMPTY_JSON_ARRAY : arrayOf(resolved, depth);
            case "object" -> objectOf(resolved, depth);
            default -> JsonValue.NULL;
        };
    }

    private JsonArray arrayOf(JsonObject schema, int depth) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        if (schema.containsKey("items")) {
            items.add(sample(schema.getJsonObject("items"), depth + 1));
        }
        return items.build();
    }

    private JsonObject objectOf(JsonObject schema, int depth) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties != null && depth < 3) {
            properties.forEach((name, property) -> object.add(name, sample(property.asJsonObject(), depth + 1)));
        }
        return object.build();
    }

    private static byte[] with(JsonObject valid, String field, JsonValue value) {
        return text(Json.createObjectBuilder(valid).add(field, value).build().toString());
    }

    /** The valid body with bytes that are no UTF-8 (0xC3 0x28) inside its first text, or as a text alone. */
    private static byte[] invalidUtf8(JsonValue valid) {
        String json = valid.toString();
        int quote = json.indexOf(":\"");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (quote < 0) {
            json = "\"\"";
            quote = -1;
        }
        byte[] head = json.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8);
        byte[] tail = json.substring(quote + 2).getBytes(StandardCharsets.UTF_8);
        body.write(head, 0, head.length);
        body.write(0xC3);
        body.write(0x28);
        body.write(tail, 0, tail.length);
        return body.toByteArray();
    }

    private static byte[] text(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static Case exact(String name, byte[] body) {
        return new Case(name, body, 400, true);
    }

    private static Case semantic(String name, byte[] body) {
        return new Case(name, body, 400, false);
    }
}
