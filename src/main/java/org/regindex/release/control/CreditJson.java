package org.regindex.release.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.regindex.identity.entity.Party;
import org.regindex.release.entity.Credit;

/** The credit of a release as it is frozen in its row, and as the API shows it. */
public final class CreditJson {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private CreditJson() {}

    public static JsonObject json(Credit credit) {
        return JSON.createObjectBuilder()
                .add("publisher", credit.publisher())
                .add("creators", parties(credit.creators()))
                .add("contributors", parties(credit.contributors()))
                .add("funder", credit.funder())
                .add("contact", credit.contact())
                .build();
    }

    public static String write(Credit credit) {
        return json(credit).toString();
    }

    public static Credit read(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject object = reader.readObject();
            return new Credit(
                    object.getString("publisher"),
                    parties(object.getJsonArray("creators")),
                    parties(object.getJsonArray("contributors")),
                    object.getString("funder", ""),
                    object.getString("contact", ""));
        }
    }

    private static JsonArrayBuilder parties(List<Party> parties) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Party party : parties) {
            array.add(JSON.createObjectBuilder()
                    .add("name", party.name())
                    .add("givenName", party.givenName())
                    .add("familyName", party.familyName())
                    .add("affiliation", party.affiliation())
                    .add("orcid", party.orcid()));
        }
        return array;
    }

    private static List<Party> parties(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream()
                .map(p -> new Party(
                        p.getString("name"),
                        p.getString("givenName", ""),
                        p.getString("familyName", ""),
                        p.getString("affiliation", ""),
                        p.getString("orcid", "")))
                .toList();
    }
}
