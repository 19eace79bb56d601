package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.ReleaseExports.Format;
import org.regindex.release.entity.ReleaseContent;

/**
 * The data package is valid by the Frictionless JSON Schemas, says what the Data Package spec asks for,
 * and its CSV files hold what its descriptor promises: sizes, hashes, types, constraints and keys. The
 * checks read only the ZIP, as a researcher's software would.
 */
class DataPackageTest {

    static final ReleaseContent CONTENT = HostileRelease.content();
    static final Map<String, byte[]> FILES =
            unzip(ReleaseExports.export(CONTENT, HostileRelease.FACTS, "", Format.DATAPACKAGE));
    static final JsonObject DESCRIPTOR = json(FILES.get("datapackage.json")).asJsonObject();

    @Test
    void theDescriptorIsValidByTheDataPackageTabularDataPackageAndTableSchemaProfiles() {
        String descriptor = new String(FILES.get("datapackage.json"), StandardCharsets.UTF_8);
        assertEquals(List.of(), errors("data-package.json", descriptor));
        assertEquals(List.of(), errors("tabular-data-package.json", descriptor));
        for (JsonValue resource : DESCRIPTOR.getJsonArray("resources")) {
            assertEquals(List.of(), errors("tabular-data-resource.json", resource.toString()));
            assertEquals(
                    List.of(),
                    errors(
                            "table-schema.json",
                            resource.asJsonObject().get("schema").toString()));
        }
    }

    @Test
    void theValidationFindsWhatIsWrong() {
        String descriptor = new String(FILES.get("datapackage.json"), StandardCharsets.UTF_8);
        assertFalse(errors("tabular-data-package.json", descriptor.replace("\"integer\"", "\"whole\""))
                .isEmpty());
        assertFalse(errors("tabular-data-package.json", descriptor.replace("\"sha256:", "\"sha256:xyz"))
                .isEmpty());
        assertFalse(errors("data-package.json", descriptor.replace("\"role\": \"author\"", "\"role\": \"writer\""))
                .isEmpty());
    }

    @Test
    void theDescriptorSaysVersionCreatedLicenceSourcesAndWhoMadeIt() {
        assertEquals("tabular-data-package", DESCRIPTOR.getString("profile"));
        assertEquals("1.10", DESCRIPTOR.getString("version"), "a version is text");
        assertEquals("2026-12-30T10:00:00Z", DESCRIPTOR.getString("created"), "the freeze, to the second");
        assertEquals("https://doi.org/10.5072/regindex.1-10", DESCRIPTOR.getString("id"));
        assertEquals("https://regindex.example/releases/1.10", DESCRIPTOR.getString("homepage"));
        JsonObject licence = DESCRIPTOR.getJsonArray("licenses").getJsonObject(0);
        assertEquals("CC-BY-4.0", licence.getString("name"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", licence.getString("path"));
        assertTrue(DESCRIPTOR
                .getJsonArray("sources")
                .getJsonObject(0)
                .getString("title")
                .contains("Round 2026"));
        List<String> contributors = DESCRIPTOR.getJsonArray("contributors").stream()
                .map(c -> c.asJsonObject().getString("role") + " "
                        + c.asJsonObject().getString("title"))
                .toList();
        assertEquals(
                List.of("publisher Regindex Consortium", "author Regindex Consortium", "contributor Ana García López"),
                contributors);
        JsonObject ana = DESCRIPTOR.getJsonArray("contributors").getJsonObject(2);
        assertEquals("Universidad de Ejemplo", ana.getString("organization"));
        assertEquals("https://orcid.org/0000-0002-1825-0097", ana.getString("path"));
        assertEquals(
                "data@example.org",
                DESCRIPTOR.getJsonArray("contributors").getJsonObject(0).getString("email"));
        assertTrue(DESCRIPTOR.getString("description").contains("Funded by Example Research Council."));
        assertTrue(DESCRIPTOR.getString("description").contains("ef56"), "names the digest");
    }

    @Test
    void thePackageHoldsTheDescriptorEveryResourceAndTheChecksumsInThatOrder() {
        assertEquals(
                List.of(
                        "datapackage.json",
                        "answers.csv",
                        "scores.csv",
                        "sources.csv",
                        "replies.csv",
                        "evidence.csv",
                        "regions.csv",
                        "indicators.csv",
                        "options.csv",
                        "categories.csv",
                        "checksums.sha256"),
                List.copyOf(FILES.keySet()));
    }

    @Test
    void everyResourceIsPlainUtf8WithTheBytesAndHashItsDescriptorSays() throws CharacterCodingException {
        for (JsonObject resource : resources()) {
            byte[] csv = FILES.get(resource.getString("path"));
            assertEquals("utf-8", resource.getString("encoding"));
            assertEquals(csv.length, resource.getInt("bytes"), resource.getString("path"));
            assertEquals("sha256:" + sha256(csv), resource.getString("hash"), resource.getString("path"));
            assertNotEquals((byte) 0xEF, csv[0], "no byte-order mark in " + resource.getString("path"));
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(csv));
        }
    }

    @Test
    void everyFieldHasATitleAndADescriptionAndTheHeaderIsItsFields() {
        for (JsonObject resource : resources()) {
            List<String> names = new ArrayList<>();
            for (JsonValue value : resource.getJsonObject("schema").getJsonArray("fields")) {
                JsonObject field = value.asJsonObject();
                names.add(field.getString("name"));
                assertFalse(field.getString("title").isBlank(), field.getString("name"));
                assertFalse(field.getString("description").isBlank(), field.getString("name"));
            }
            assertEquals(names, header(FILES.get(resource.getString("path"))), resource.getString("path"));
        }
        JsonObject axis = field("answers", "policy_area");
        assertTrue(axis.getString("description").contains("LAB = Labour market"), axis.toString());
        assertEquals(
                List.of("LAB", "EDU"), strings(axis.getJsonObject("constraints").getJsonArray("enum")));
        assertEquals(
                List.of("a", "b", "c"),
                strings(field("answers", "option").getJsonObject("constraints").getJsonArray("enum")));
        JsonObject score = field("scores", "s_policy_area_lab");
        assertEquals("number", score.getString("type"));
        assertEquals(0, score.getJsonObject("constraints").getInt("minimum"));
        assertEquals(100, score.getJsonObject("constraints").getInt("maximum"));
        assertEquals("Policy area: Labour market", score.getString("title"));
        JsonObject notApplicable = field("answers", "not_applicable");
        assertEquals("boolean", notApplicable.getString("type"));
        assertEquals(List.of("true"), strings(notApplicable.getJsonArray("trueValues")));
        assertEquals(List.of("false"), strings(notApplicable.getJsonArray("falseValues")));
        assertEquals("string", field("answers", "release").getString("type"));
    }

    @Test
    void everyValueIsOfItsFieldsTypeAndMeetsItsConstraints() {
        int checked = 0;
        for (JsonObject resource : resources()) {
            JsonObject schema = resource.getJsonObject("schema");
            for (CSVRecord row : records(FILES.get(resource.getString("path")))) {
                for (JsonValue value : schema.getJsonArray("fields")) {
                    JsonObject field = value.asJsonObject();
                    String cell = row.get(field.getString("name"));
                    String where = resource.getString("name") + "." + field.getString("name") + " row "
                            + row.getRecordNumber() + ": \"" + cell + "\"";
                    check(field, cell, where);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked + " values");
    }

    private static void check(JsonObject field, String cell, String where) {
        JsonObject constraints = field.getJsonObject("constraints");
        if (cell.isEmpty()) {
            assertFalse(constraints != null && constraints.getBoolean("required", false), "required, " + where);
            return;
        }
        switch (field.getString("type")) {
            case "integer" -> assertTrue(cell.matches("-?[0-9]+"), "an integer, " + where);
            case "number" -> assertTrue(cell.matches("-?[0-9]+(\\.[0-9]+)?"), "a number, " + where);
            case "boolean" -> {
                Set<String> allowed = new HashSet<>(strings(field.getJsonArray("trueValues")));
                allowed.addAll(strings(field.getJsonArray("falseValues")));
                assertTrue(allowed.contains(cell), "a boolean, " + where);
            }
            case "array" -> assertEquals(JsonValue.ValueType.ARRAY, json(cell).getValueType(), where);
            case "date" -> assertEquals(cell, LocalDate.parse(cell).toString(), "an ISO date, " + where);
            case "string" -> {}
            default -> throw new AssertionError("an unexpected type, " + where);
        }
        if (constraints == null) {
            return;
        }
        if (constraints.containsKey("minimum")) {
            assertTrue(
                    new BigDecimal(cell)
                                    .compareTo(
                                            constraints.getJsonNumber("minimum").bigDecimalValue())
                            >= 0,
                    where);
        }
        if (constraints.containsKey("maximum")) {
            assertTrue(
                    new BigDecimal(cell)
                                    .compareTo(
                                            constraints.getJsonNumber("maximum").bigDecimalValue())
                            <= 0,
                    where);
        }
        if (constraints.containsKey("enum")) {
            assertTrue(strings(constraints.getJsonArray("enum")).contains(cell), "one of the enum, " + where);
        }
    }

    @Test
    void primaryKeysAreUniqueAndEveryForeignKeyFindsItsRow() {
        Map<String, List<CSVRecord>> rows = new HashMap<>();
        resources().forEach(r -> rows.put(r.getString("name"), records(FILES.get(r.getString("path")))));
        int found = 0;
        for (JsonObject resource : resources()) {
            JsonObject schema = resource.getJsonObject("schema");
            List<String> key = strings(schema.getJsonArray("primaryKey"));
            Set<List<String>> seen = new HashSet<>();
            for (CSVRecord row : rows.get(resource.getString("name"))) {
                List<String> value = values(row, key);
                assertFalse(value.contains(""), resource.getString("name") + " key " + value);
                assertTrue(seen.add(value), resource.getString("name") + " has the key " + value + " twice");
            }
            for (JsonValue foreign : schema.getOrDefault("foreignKeys", JsonValue.EMPTY_JSON_ARRAY)
                    .asJsonArray()) {
                List<String> fields = strings(foreign.asJsonObject().getJsonArray("fields"));
                JsonObject reference = foreign.asJsonObject().getJsonObject("reference");
                List<String> referenced = strings(reference.getJsonArray("fields"));
                Set<List<String>> targets = new HashSet<>();
                rows.get(reference.getString("resource")).forEach(r -> targets.add(values(r, referenced)));
                for (CSVRecord row : rows.get(resource.getString("name"))) {
                    assertTrue(
                            targets.contains(values(row, fields)),
                            resource.getString("name") + " " + values(row, fields) + " is not in "
                                    + reference.getString("resource"));
                    found++;
                }
            }
        }
        assertEquals(
                List.of(
                        "answers->regions",
                        "answers->indicators",
                        "scores->regions",
                        "sources->answers",
                        "replies->answers",
                        "evidence->answers",
                        "options->indicators"),
                resources().stream()
                        .flatMap(r -> r
                                .getJsonObject("schema")
                                .getOrDefault("foreignKeys", JsonValue.EMPTY_JSON_ARRAY)
                                .asJsonArray()
                                .stream()
                                .map(k -> r.getString("name") + "->"
                                        + k.asJsonObject()
                                                .getJsonObject("reference")
                                                .getString("resource")))
                        .toList());
        assertTrue(found > 10, "followed " + found + " foreign keys");
    }

    @Test
    void aCitationWithSemicolonCommaQuotesAndALineBreakSurvivesInBothPlaces() {
        CSVRecord answer = records(FILES.get("answers.csv")).stream()
                .filter(r ->
                        r.get("region").equals("ITF3") && r.get("indicator").equals("LAB-ACT-01"))
                .findFirst()
                .orElseThrow();
        JsonArray sources = json(answer.get("sources")).asJsonArray();
        assertEquals(2, sources.size());
        assertEquals(HostileRelease.CITATION, sources.getJsonObject(1).getString("citation"));
        assertEquals("https://example.org/a?b=1;c=2", sources.getJsonObject(1).getString("url"));
        CSVRecord source = records(FILES.get("sources.csv")).stream()
                .filter(r -> r.get("region").equals("ITF3") && r.get("source").equals("2"))
                .findFirst()
                .orElseThrow();
        assertEquals(HostileRelease.CITATION, source.get("citation"));
        assertEquals(List.of("ITF3", "LAB-ACT-01"), List.of(source.get("region"), source.get("indicator")));
        assertEquals(
                "Cataluña",
                records(FILES.get("regions.csv")).stream()
                        .filter(r -> r.get("region").equals("ES51"))
                        .findFirst()
                        .orElseThrow()
                        .get("region_name"));
    }

    @Test
    void aNotApplicableAnswerIsTrueWithNoOptionAndNoScore() {
        CSVRecord answer = records(FILES.get("answers.csv")).stream()
                .filter(r -> r.get("not_applicable").equals("true"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("ES51", "EDU-RES-01", "", "", "No schools for adults."),
                values(answer, List.of("region", "indicator", "option", "option_score", "not_applicable_reason")));
    }

    // What the tests of the package's files share.

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static List<CSVRecord> records(byte[] csv) {
        try {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> header(byte[] csv) {
        try {
            return CSVFormat.RFC4180
                    .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))
                    .getRecords()
                    .get(0)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonObject> resources() {
        return DESCRIPTOR.getJsonArray("resources").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static JsonObject field(String resource, String name) {
        return resources().stream()
                .filter(r -> r.getString("name").equals(resource))
                .flatMap(r -> r.getJsonObject("schema").getJsonArray("fields").stream())
                .map(JsonValue::asJsonObject)
                .filter(f -> f.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + resource + "." + name));
    }

    private static List<String> values(CSVRecord row, List<String> fields) {
        return fields.stream().map(row::get).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static JsonValue json(byte[] bytes) {
        return json(new String(bytes, StandardCharsets.UTF_8));
    }

    private static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static List<String> errors(String profile, String json) {
        try (InputStream schema = DataPackageTest.class.getResourceAsStream("/schemas/frictionless/" + profile)) {
            Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(schema);
            return validator.validate(json, InputFormat.JSON).stream()
                    .map(Error::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
