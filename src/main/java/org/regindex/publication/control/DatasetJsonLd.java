package org.regindex.publication.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.regindex.identity.entity.Party;
import org.regindex.platform.entity.PublicSite;
import org.regindex.release.control.Citations;
import org.regindex.release.entity.Credit;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * The schema.org {@code Dataset} of a published release, and of the index as a whole, as JSON-LD for dataset search
 * engines: name, description, version, licence, creators, publisher, date, identifiers, the regions covered, the
 * variables measured, and one {@code DataDownload} per file with its address, media type and SHA-256. Every address
 * is absolute, from {@link PublicSite}.
 */
public final class DatasetJsonLd {

    public static final String CONTEXT = "https://schema.org/";

    /** The catalogue every release belongs to: the site. */
    static final String CATALOG = "Regindex";

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    /**
     * What a page knows of a published release to describe it: its facts, content and files, a description in the
     * page's language, and the label of the overall score.
     */
    public record Described(
            ReleaseFacts facts, ReleaseContent content, List<ReleaseFile> files, String description, String overall) {}

    /** A release the index lists as one of its parts. */
    public record Part(ReleaseFacts facts, String title, String description) {}

    private DatasetJsonLd() {}

    /** The landing page's Dataset: the release itself, at its landing address. */
    public static JsonObject release(Described release) {
        ReleaseFacts facts = release.facts();
        JsonObjectBuilder dataset = JSON.createObjectBuilder()
                .add("@context", CONTEXT)
                .add("@type", "Dataset")
                .add("@id", facts.landingUrl())
                .add("url", facts.landingUrl())
                .add("name", release.content().header().title())
                .add("description", release.description())
                .add("version", facts.version())
                .add("datePublished", facts.date())
                .add("identifier", identifiers(facts))
                .add("creditText", Citations.text(release.content(), facts).strip());
        if (facts.doiUrl() != null) {
            dataset.add("sameAs", facts.doiUrl());
        }
        described(dataset, release);
        return dataset.build();
    }

    /**
     * The home's Dataset: the index, whose current data is its newest published release, with every published release
     * as a part (newest first, the newest among them).
     */
    public static JsonObject index(
            PublicSite site, String name, String description, Described latest, List<Part> parts) {
        String home = site.url("/");
        JsonArrayBuilder hasPart = JSON.createArrayBuilder();
        for (Part part : parts) {
            hasPart.add(JSON.createObjectBuilder()
                    .add("@type", "Dataset")
                    .add("@id", part.facts().landingUrl())
                    .add("url", part.facts().landingUrl())
                    .add("name", part.title())
                    .add("description", part.description())
                    .add("version", part.facts().version())
                    .add("datePublished", part.facts().date())
                    .add("license", part.facts().licence().url));
        }
        String first = parts.isEmpty()
                ? latest.facts().date()
                : parts.get(parts.size() - 1).facts().date();
        JsonObjectBuilder dataset = JSON.createObjectBuilder()
                .add("@context", CONTEXT)
                .add("@type", "Dataset")
                .add("@id", home)
                .add("url", home)
                .add("name", name)
                .add("description", description)
                .add("version", latest.facts().version())
                .add("datePublished", first)
                .add("dateModified", latest.facts().date())
                .add("identifier", home)
                .add("hasPart", hasPart);
        described(dataset, latest);
        return dataset.build();
    }

    /** JSON text for a {@code <script type="application/ld+json">}: no character in it can close the element. */
    public static String script(JsonObject document) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(text)) {
            writer.writeObject(document);
        }
        // These only occur inside JSON strings, where the escapes mean the same characters.
        return text.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** What a release and the index both say of the data: licence, credit, coverage, variables and files. */
    private static void described(JsonObjectBuilder dataset, Described release) {
        ReleaseFacts facts = release.facts();
        Credit credit = facts.credit();
        String home = facts.site().url("/");
        dataset.add("license", facts.licence().url)
                .add("isAccessibleForFree", true)
                .add("creator", parties(credit.creators()))
                .add("publisher", organisation(credit.publisher()))
                .add("spatialCoverage", places(release.content()))
                .add("variableMeasured", variables(release.content(), release.overall()))
                .add("distribution", downloads(release.files()))
                .add(
                        "includedInDataCatalog",
                        JSON.createObjectBuilder()
                                .add("@type", "DataCatalog")
                                .add("name", CATALOG)
                                .add("url", home));
        if (!credit.contributors().isEmpty()) {
            dataset.add("contributor", parties(credit.contributors()));
        }
        if (!credit.funder().isEmpty()) {
            dataset.add("funder", organisation(credit.funder()));
        }
    }

    /** The DOI where there is one, and the digest, which names the content whatever address it is found at. */
    private static JsonArrayBuilder identifiers(ReleaseFacts facts) {
        JsonArrayBuilder identifiers = JSON.createArrayBuilder();
        if (facts.doiUrl() != null) {
            identifiers.add(facts.doiUrl());
        }
        return identifiers.add(JSON.createObjectBuilder()
                .add("@type", "PropertyValue")
                .add("propertyID", "SHA-256")
                .add("value", facts.digest()));
    }

    private static JsonArrayBuilder parties(List<Party> parties) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (Party party : parties) {
            if (!party.person()) {
                list.add(organisation(party.name()));
                continue;
            }
            JsonObjectBuilder person = JSON.createObjectBuilder()
                    .add("@type", "Person")
                    .add("name", party.name())
                    .add("familyName", party.familyName());
            if (!party.givenName().isEmpty()) {
                person.add("givenName", party.givenName());
            }
            if (!party.orcid().isEmpty()) {
                person.add("sameAs", party.orcidUrl());
            }
            if (!party.affiliation().isEmpty()) {
                person.add("affiliation", organisation(party.affiliation()));
            }
            list.add(person);
        }
        return list;
    }

    private static JsonObjectBuilder organisation(String name) {
        return JSON.createObjectBuilder().add("@type", "Organization").add("name", name);
    }

    private static JsonArrayBuilder places(ReleaseContent content) {
        JsonArrayBuilder places = JSON.createArrayBuilder();
        for (ReleaseContent.Region region : content.regions()) {
            places.add(JSON.createObjectBuilder()
                    .add("@type", "Place")
                    .add("name", region.name())
                    .add("identifier", region.code()));
        }
        return places;
    }

    /** The columns of the scores table (overall and each category) and every indicator, with what they mean. */
    private static JsonArrayBuilder variables(ReleaseContent content, String overall) {
        JsonArrayBuilder variables = JSON.createArrayBuilder().add(score("overall", overall));
        for (ReleaseContent.Axis axis : content.axes()) {
            for (ReleaseContent.Category category : axis.categories()) {
                variables.add(score(axis.code() + ":" + category.code(), axis.label() + ": " + category.label()));
            }
        }
        for (ReleaseContent.Indicator indicator : content.indicators()) {
            variables.add(JSON.createObjectBuilder()
                    .add("@type", "PropertyValue")
                    .add("name", indicator.code())
                    .add("description", indicator.question()));
        }
        return variables;
    }

    private static JsonObjectBuilder score(String name, String description) {
        return JSON.createObjectBuilder()
                .add("@type", "PropertyValue")
                .add("name", name)
                .add("description", description)
                .add("minValue", 0)
                .add("maxValue", 100);
    }

    private static JsonArrayBuilder downloads(List<ReleaseFile> files) {
        JsonArrayBuilder downloads = JSON.createArrayBuilder();
        for (ReleaseFile file : files) {
            downloads.add(JSON.createObjectBuilder()
                    .add("@type", "DataDownload")
                    .add("name", file.name())
                    .add("contentUrl", file.url())
                    .add("encodingFormat", file.encodingFormat())
                    .add("sha256", file.sha256()));
        }
        return downloads;
    }
}
