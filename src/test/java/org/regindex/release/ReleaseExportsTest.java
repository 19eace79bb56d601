package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.IndicatorFilterTest;
import org.regindex.codebook.control.CodebookLayout;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.Table;
import org.regindex.release.control.CanonicalExport;
import org.regindex.release.control.Citations;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.ReleaseExports.Format;
import org.regindex.release.control.ReleaseTables;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/** The downloads of a release: file names, citation, the long and wide tables, and a JSON whose content rebuilds the digest. */
class ReleaseExportsTest {

    static final ReleaseFacts FACTS = TestFacts.published();

    @Test
    void fileNamesSayCycleVersionAndWhat() {
        assertEquals("regindex-2026-1.0-scores.csv", ReleaseExports.fileName(ReleaseDiffTest.FIRST, Format.CSV_WIDE));
        assertEquals(
                "regindex-2026-1.0-datapackage.zip",
                ReleaseExports.fileName(ReleaseDiffTest.FIRST, Format.DATAPACKAGE));
    }

    @Test
    void aFormatIsFoundByItsNameInAnyCase() {
        assertEquals(Format.CSV_LONG, Format.byName("csv-long"));
        assertEquals(Format.BIBTEX, Format.byName("BibTeX"));
        assertNull(Format.byName("csv_long"));
        assertNull(Format.byName("pdf"));
    }

    @Test
    void theCitationGivesPublisherYearOfPublicationTitleVersionAddressAndDigest() {
        assertEquals(
                "Regindex Consortium (2027). Round (Version 1.0) [Data set]. https://regindex.example/releases/1.0. SHA-256: ab12.\n",
                Citations.text(ReleaseDiffTest.FIRST, FACTS));
        ReleaseFacts draft = TestFacts.draft();
        assertEquals(
                "Regindex Consortium (2026). ",
                Citations.text(ReleaseDiffTest.FIRST, draft).substring(0, 28),
                "a draft is cited with the year it was frozen");
    }

    @Test
    void theBibtexKeyIsMadeOfLettersDigitsAndUnderscores() {
        assertEquals("""
                @dataset{regindex_2026_1_0,
                  author = {{Regindex Consortium}},
                  title = {{Round}},
                  year = {2027},
                  date = {2027-01-02},
                  version = {1.0},
                  publisher = {{Regindex Consortium}},
                  url = {https://regindex.example/releases/1.0},
                  note = {Licence: CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/). SHA-256: ab12.},
                }
                """, Citations.bibtex(ReleaseDiffTest.FIRST, FACTS));
    }

    @Test
    void theFirstReleaseOfACycleSaysSoInsteadOfAChangelog() {
        assertEquals(
                "Release 1.0 is the first of its cycle.\n",
                new String(
                        ReleaseExports.export(ReleaseDiffTest.FIRST, FACTS, "", Format.CHANGELOG),
                        StandardCharsets.UTF_8));
        assertEquals(
                "Release 1.1 corrects 1.0.\n",
                new String(
                        ReleaseExports.export(
                                ReleaseDiffTest.FIRST, FACTS, "Release 1.1 corrects 1.0.\n", Format.CHANGELOG),
                        StandardCharsets.UTF_8));
    }

    @Test
    void theLongTableHasOneRowPerAnswerWithItsSourcesOnOneLine() {
        ReleaseContent.Answer notApplicable = new ReleaseContent.Answer(
                "ES51",
                "E1",
                null,
                true,
                "No schools.",
                "Census.",
                null,
                List.of(ReleaseDiffTest.PLAN, ReleaseDiffTest.LAW));
        ReleaseContent content = ReleaseDiffTest.content(
                "1.0",
                List.of(ReleaseDiffTest.CATALONIA),
                List.of(ReleaseDiffTest.answer("ES51", "L1", "a", "Targets.", ReleaseDiffTest.PLAN), notApplicable),
                List.of());
        Table answers = ReleaseTables.answers(content, FACTS);
        assertEquals(
                List.of(
                        "release",
                        "digest",
                        "region",
                        "region_name",
                        "country",
                        "indicator",
                        "option",
                        "not_applicable",
                        "score",
                        "justification",
                        "not_applicable_reason",
                        "sources"),
                answers.header());
        assertEquals(
                List.of(
                        List.of(
                                "1.0",
                                "ab12",
                                "ES51",
                                "Catalonia",
                                "ES",
                                "L1",
                                "a",
                                "no",
                                100,
                                "Targets.",
                                "",
                                "Plan <https://example.org/plan>"),
                        List.of(
                                "1.0",
                                "ab12",
                                "ES51",
                                "Catalonia",
                                "ES",
                                "E1",
                                "",
                                "yes",
                                "",
                                "Census.",
                                "No schools.",
                                "Plan <https://example.org/plan>; Law 12/2019")),
                answers.rows());
    }

    @Test
    void theWideTableHasOneRowPerRegionWithRankOverallCoverageAndEveryCategory() {
        Table scores = ReleaseTables.scores(ReleaseDiffTest.FIRST, FACTS);
        assertEquals(
                List.of(
                        "release",
                        "digest",
                        "region",
                        "region_name",
                        "country",
                        "rank",
                        "overall",
                        "answered",
                        "indicators",
                        "area:LAB",
                        "area:EDU"),
                scores.header());
        assertEquals(
                List.of(
                        List.of("1.0", "ab12", "ES51", "Catalonia", "ES", 3, "50.00", 2, 2, "100.00", "0.00"),
                        List.of("1.0", "ab12", "ITF3", "Campania", "IT", 1, "100.00", 2, 2, "100.00", ""),
                        List.of("1.0", "ab12", "SE22", "South Sweden", "SE", 1, "100.00", 2, 2, "100.00", "")),
                scores.rows());
    }

    @Test
    void aRegionWithoutOverallHasNoRank() {
        ReleaseContent content = ReleaseDiffTest.content(
                "1.0", List.of(ReleaseDiffTest.CATALONIA), List.of(), ReleaseDiffTest.scores("ES51", null, null, null));
        assertEquals(
                List.of("1.0", "ab12", "ES51", "Catalonia", "ES", "", "", 2, 2, "", ""),
                ReleaseTables.scores(content, FACTS).rows().get(0));
    }

    @Test
    void theReleasesCodebookCanBeImportedAsTheCodebookItWasFrozenFrom() {
        byte[] csv = Spreadsheets.writeCsv(ReleaseTables.codebook(FreezerTest.frozen()));
        assertEquals(
                IndicatorFilterTest.CODEBOOK.content(),
                CodebookLayout.read(Spreadsheets.read("codebook.csv", csv, CodebookLayout.SHEET)));
    }

    @Test
    void theJsonDownloadsContentRebuildsTheDigest() {
        ReleaseContent content = FreezerTest.frozen();
        byte[] download = ReleaseExports.export(content, FACTS, "", Format.JSON);
        JsonObject document;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(download))) {
            document = reader.readObject();
        }
        ByteArrayOutputStream compact = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriter(compact)) {
            writer.writeObject(document.getJsonObject("content"));
        }
        assertEquals(CanonicalExport.digest(content), CanonicalExport.sha256(compact.toByteArray()));
        assertEquals("ab12", document.getString("digest"));
    }
}
