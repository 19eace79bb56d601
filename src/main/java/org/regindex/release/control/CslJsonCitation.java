package org.regindex.release.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.regindex.identity.entity.Party;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * A release as CSL-JSON, what citeproc processors, Zotero and pandoc read: an array holding one item of
 * type {@code dataset}. CSL has no licence variable, so the licence is in {@code note}.
 */
final class CslJsonCitation {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final JsonWriterFactory WRITERS =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private CslJsonCitation() {}

    static String of(ReleaseContent content, ReleaseFacts facts) {
        LocalDate date = Citations.date(facts);
        JsonObjectBuilder item = JSON.createObjectBuilder()
                .add("id", Citations.key(content, facts))
                .add("type", "dataset")
                .add("title", content.header().title())
                .add("author", names(facts.credit().creators()))
                .add(
                        "issued",
                        JSON.createObjectBuilder()
                                .add(
                                        "date-parts",
                                        JSON.createArrayBuilder()
                                                .add(JSON.createArrayBuilder()
                                                        .add(date.getYear())
                                                        .add(date.getMonthValue())
                                                        .add(date.getDayOfMonth()))))
                .add("version", facts.version())
                .add("publisher", facts.credit().publisher())
                .add("URL", facts.landingUrl());
        if (facts.doi() != null) {
            item.add("DOI", facts.doi());
        }
        if (!facts.credit().contributors().isEmpty()) {
            item.add("contributor", names(facts.credit().contributors()));
        }
        item.add("note", Citations.note(facts));
        StringWriter out = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeArray(JSON.createArrayBuilder().add(item).build());
        }
        return out.toString().strip() + "\n";
    }

    /** A person by family and given name, an organisation as a literal that no processor splits. */
    private static JsonArrayBuilder names(List<Party> parties) {
        JsonArrayBuilder names = JSON.createArrayBuilder();
        for (Party party : parties) {
            names.add(name(party));
        }
        return names;
    }

    private static JsonObject name(Party party) {
        if (!party.person()) {
            return JSON.createObjectBuilder().add("literal", party.name()).build();
        }
        JsonObjectBuilder name = JSON.createObjectBuilder().add("family", party.familyName());
        if (!party.givenName().isEmpty()) {
            name.add("given", party.givenName());
        }
        return name.build();
    }
}
