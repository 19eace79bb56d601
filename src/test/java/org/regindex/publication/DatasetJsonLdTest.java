package org.regindex.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.regindex.testsupport.DatasetSearch.iris;
import static org.regindex.testsupport.DatasetSearch.text;
import static org.regindex.testsupport.DatasetSearch.texts;
import static org.regindex.testsupport.DatasetSearch.types;
import static org.regindex.testsupport.DatasetSearch.values;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.publication.control.DatasetJsonLd;
import org.regindex.publication.control.ReleaseFile;
import org.regindex.release.TestFacts;
import org.regindex.release.control.CanonicalExport;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.ReleaseExports.Format;
import org.regindex.release.entity.Licence;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;
import org.regindex.release.entity.ReleaseState;
import org.regindex.testsupport.DatasetSearch;

/**
 * The schema.org Dataset of a release and of the index, read as a dataset search engine reads it: expanded by a
 * JSON-LD processor, then checked for what Google's Dataset Search asks, and for the files' real SHA-256.
 */
class DatasetJsonLdTest {

    static final ReleaseContent CONTENT = TestFacts.content();
    static final ReleaseFacts FACTS = TestFacts.publishedWithDigest(CONTENT);
    static final String DESCRIPTION =
            "Round: release 1.0 of Regindex, a comparative index of how regions govern" + " migrant integration.";

    static List<ReleaseFile> files(ReleaseContent content, ReleaseFacts facts) {
        return ReleaseFile.all(content, facts, ReleaseExports.export(content, facts, "", Format.CHECKSUMS));
    }

    static DatasetJsonLd.Described described(ReleaseContent content) {
        return new DatasetJsonLd.Described(FACTS, content, files(content, FACTS), DESCRIPTION, "Overall score");
    }

    private static JsonObject expandedRelease() {
        return DatasetSearch.dataset(DatasetJsonLd.script(DatasetJsonLd.release(described(CONTENT))));
    }

    @Test
    void aReleaseIsADatasetWithEverythingDatasetSearchAsksFor() {
        JsonObject dataset = expandedRelease();
        assertEquals(List.of(), DatasetSearch.problems(dataset));
        assertEquals("https://regindex.example/releases/1.0", dataset.getString("@id"));
        assertEquals(List.of("https://regindex.example/releases/1.0"), iris(dataset, "url"));
        assertEquals("Round", text(dataset, "name"));
        assertEquals(DESCRIPTION, text(dataset, "description"));
        assertEquals("1.0", text(dataset, "version"));
        assertEquals("2027-01-02", text(dataset, "datePublished"));
        assertEquals(List.of("https://creativecommons.org/licenses/by/4.0/"), iris(dataset, "license"));
        assertEquals(List.of("https://doi.org/10.5072/regindex.1-0"), iris(dataset, "sameAs"));
        assertEquals("true", text(dataset, "isAccessibleForFree"));
        assertTrue(
                text(dataset, "creditText").contains("https://doi.org/10.5072/regindex.1-0"),
                "the citation, which gives the DOI once there is one");
    }

    @Test
    void itNamesItsCreditCoverageAndVariables() {
        JsonObject dataset = expandedRelease();
        JsonObject creator = values(dataset, "creator").get(0);
        assertEquals(List.of(DatasetSearch.SCHEMA + "Organization"), types(creator));
        assertEquals("Regindex Consortium", text(creator, "name"));
        assertEquals("Regindex Consortium", text(values(dataset, "publisher").get(0), "name"));
        assertEquals("Example Research Council", text(values(dataset, "funder").get(0), "name"));
        JsonObject contributor = values(dataset, "contributor").get(0);
        assertEquals(List.of(DatasetSearch.SCHEMA + "Person"), types(contributor));
        assertEquals("García López", text(contributor, "familyName"));
        assertEquals(List.of("https://orcid.org/0000-0002-1825-0097"), iris(contributor, "sameAs"));
        assertEquals(
                "Universidad de Ejemplo",
                text(values(contributor, "affiliation").get(0), "name"));

        assertEquals(
                List.of("Catalonia", "Campania", "South Sweden"),
                values(dataset, "spatialCoverage").stream()
                        .map(place -> text(place, "name"))
                        .toList());
        assertEquals("ES51", text(values(dataset, "spatialCoverage").get(0), "identifier"));
        assertEquals(
                List.of("overall", "area:LAB", "area:EDU", "L1", "E1"),
                values(dataset, "variableMeasured").stream()
                        .map(v -> text(v, "name"))
                        .toList());
        assertEquals("Labour?", text(values(dataset, "variableMeasured").get(3), "description"));

        List<JsonObject> identifiers = values(dataset, "identifier");
        assertTrue(
                texts(dataset, "identifier").contains("https://doi.org/10.5072/regindex.1-0"), identifiers::toString);
        JsonObject digest = identifiers.stream()
                .filter(i -> types(i).contains(DatasetSearch.SCHEMA + "PropertyValue"))
                .findFirst()
                .orElseThrow();
        assertEquals("SHA-256", text(digest, "propertyID"));
        assertEquals(FACTS.digest(), text(digest, "value"));
    }

    @Test
    void everyFileIsADataDownloadWithTheSha256OfItsBytes() {
        List<JsonObject> downloads = values(expandedRelease(), "distribution");
        assertEquals(Format.values().length, downloads.size());
        for (Format format : Format.values()) {
            String name = ReleaseExports.fileName(CONTENT, format);
            JsonObject download = downloads.stream()
                    .filter(d -> name.equals(text(d, "name")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no download " + name));
            assertEquals(
                    List.of("https://regindex.example/api/v1/releases/1.0/download/" + format.name),
                    iris(download, "contentUrl"));
            assertEquals(
                    CanonicalExport.sha256(ReleaseExports.export(CONTENT, FACTS, "", format)),
                    text(download, "sha256"),
                    name);
            assertFalse(text(download, "encodingFormat").contains(";"), "a media type without parameters");
        }
        assertEquals(
                "text/csv",
                downloads.stream()
                        .filter(d -> text(d, "name").endsWith("scores.csv"))
                        .map(d -> text(d, "encodingFormat"))
                        .findFirst()
                        .orElseThrow());
        assertEquals(
                FACTS.digest(),
                downloads.stream()
                        .filter(d -> text(d, "name").endsWith("content.json"))
                        .map(d -> text(d, "sha256"))
                        .findFirst()
                        .orElseThrow(),
                "the canonical content's hash is the digest");
    }

    @Test
    void nothingInTheTextsCanEndTheScriptElementAndTheyReadBackUnchanged() {
        ReleaseContent.Header header = CONTENT.header();
        String title = "Round </script><script>alert(1)</script> & \"more\"";
        ReleaseContent hostile = new ReleaseContent(
                new ReleaseContent.Header(
                        header.version(),
                        title,
                        header.notes(),
                        header.cycleCode(),
                        header.cycleName(),
                        header.codebookCode(),
                        header.codebookVersion(),
                        header.codebookTitle(),
                        header.aggregation(),
                        header.correctsVersion()),
                CONTENT.axes(),
                CONTENT.indicators(),
                CONTENT.regions(),
                CONTENT.answers(),
                CONTENT.scores());
        String script = DatasetJsonLd.script(DatasetJsonLd.release(described(hostile)));
        assertFalse(script.contains("<") || script.contains(">") || script.contains("&"), script);
        assertEquals(title, text(DatasetSearch.dataset(script), "name"));
    }

    @Test
    void theIndexIsADatasetWhoseDataIsTheNewestReleaseAndWhosePartsAreEveryRelease() {
        ReleaseFacts older = new ReleaseFacts(
                "0.9",
                "ab12",
                ReleaseState.PUBLISHED,
                TestFacts.FROZEN.minusSeconds(86400 * 200),
                Instant.parse("2026-06-01T09:00:00Z"),
                null,
                null,
                null,
                Licence.CC0_1_0,
                TestFacts.CREDIT,
                null,
                TestFacts.SITE);
        List<DatasetJsonLd.Part> parts = List.of(
                new DatasetJsonLd.Part(FACTS, "Round", DESCRIPTION),
                new DatasetJsonLd.Part(older, "Older round", DESCRIPTION + " Older."));
        JsonObject index = DatasetSearch.dataset(DatasetJsonLd.script(DatasetJsonLd.index(
                TestFacts.SITE,
                "Regindex: a comparative index",
                "Regindex runs the data collection of a comparative index of regional integration governance.",
                described(CONTENT),
                parts)));
        assertEquals(List.of(), DatasetSearch.problems(index));
        assertEquals("https://regindex.example/", index.getString("@id"));
        assertEquals("1.0", text(index, "version"));
        assertEquals("2026-06-01", text(index, "datePublished"), "the index is published since its first release");
        assertEquals("2027-01-02", text(index, "dateModified"));
        assertEquals(Format.values().length, values(index, "distribution").size());
        List<JsonObject> hasPart = values(index, "hasPart");
        assertEquals(
                List.of("https://regindex.example/releases/1.0", "https://regindex.example/releases/0.9"),
                hasPart.stream().map(p -> p.getString("@id")).toList());
        assertEquals(
                List.of("Round", "Older round"),
                hasPart.stream().map(p -> text(p, "name")).toList());
        assertTrue(hasPart.stream().allMatch(p -> text(p, "description").length() >= 50));
        assertEquals(
                "https://regindex.example/",
                values(index, "includedInDataCatalog")
                        .get(0)
                        .getJsonArray(DatasetSearch.SCHEMA + "url")
                        .getJsonObject(0)
                        .getString("@id"));
        assertEquals(List.of("https://creativecommons.org/publicdomain/zero/1.0/"), iris(hasPart.get(1), "license"));
    }
}
