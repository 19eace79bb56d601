package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
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
    void theLongTableHasOneRowPerAnswerWithTheIndicatorsCategoryAndItsSourcesAsJson() {
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
        Table answers = ReleaseTables.answers(content, FACTS).table();
        assertEquals(
                List.of(
                        "release",
                        "digest",
                        "region",
                        "region_name",
                        "country",
                        "indicator",
                        "area",
                        "option",
                        "option_score",
                        "not_applicable",
                        "not_applicable_reason",
                        "justification",
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
                                "LAB",
                                "a",
                                100,
                                false,
                                "",
                                "Targets.",
                                "[{\"citation\":\"Plan\",\"url\":\"https://example.org/plan\"}]"),
                        List.of(
                                "1.0",
                                "ab12",
                                "ES51",
                                "Catalonia",
                                "ES",
                                "E1",
                                "EDU",
                                "",
                                "",
                                true,
                                "No schools.",
                                "Census.",
                                "[{\"citation\":\"Plan\",\"url\":\"https://example.org/plan\"},"
                                        + "{\"citation\":\"Law 12/2019\",\"url\":\"\"}]")),
                answers.rows());
        assertEquals(
                List.of(
                        List.of("ES51", "L1", 1, "Plan", "https://example.org/plan"),
                        List.of("ES51", "E1", 1, "Plan", "https://example.org/plan"),
                        List.of("ES51", "E1", 2, "Law 12/2019", "")),
                ReleaseTables.sources(content).rows(),
                "and one row per source");
    }

    @Test
    void theWideTableHasOneRowPerRegionWithRankOverallCoverageAndEveryCategoryAsNumbers() {
        Table scores = ReleaseTables.scores(ReleaseDiffTest.FIRST, FACTS).table();
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
                        "s_area_lab",
                        "s_area_edu"),
                scores.header());
        assertEquals(
                List.of(
                        List.of("1.0", "ab12", "ES51", "Catalonia", "ES", 3, d("50.00"), 2, 2, d("100.00"), d("0.00")),
                        List.of("1.0", "ab12", "ITF3", "Campania", "IT", 1, d("100.00"), 2, 2, d("100.00"), ""),
                        List.of("1.0", "ab12", "SE22", "South Sweden", "SE", 1, d("100.00"), 2, 2, d("100.00"), "")),
                scores.rows());
        String csv = new String(
                ReleaseExports.export(ReleaseDiffTest.FIRST, FACTS, "", Format.CSV_WIDE), StandardCharsets.UTF_8);
        assertEquals(
                List.of(
                        "release,digest,region,region_name,country,rank,overall,answered,indicators,s_area_lab,s_area_edu",
                        "1.0,ab12,ES51,Catalonia,ES,3,50.00,2,2,100.00,0.00",
                        "1.0,ab12,ITF3,Campania,IT,1,100.00,2,2,100.00,"),
                List.of(csv.split("\r\n")).subList(0, 3),
                "plain UTF-8 without a byte-order mark, numbers as written, nothing for no score");
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
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
        byte[] csv = ReleaseExports.export(FreezerTest.frozen(), FACTS, "", Format.CODEBOOK);
        assertEquals(
                IndicatorFilterTest.CODEBOOK.content(),
                CodebookLayout.read(Spreadsheets.read("codebook.csv", csv, CodebookLayout.SHEET)));
    }

    @Test
    void aReleaseThatRecordsConfidencePublishesItAsAColumnOfTheAnswers() {
        Table answers = ReleaseTables.answers(FreezerTest.recordingConfidence(FreezerTest.frozen()), FACTS)
                .table();
        int column = answers.header().indexOf("confidence");
        assertEquals(answers.header().size() - 1, column, answers.header().toString());
        assertEquals(
                List.of("medium", "", "low", "high"),
                answers.rows().stream().map(row -> row.get(column)).toList());
        String canonical = CanonicalExport.text(FreezerTest.recordingConfidence(FreezerTest.frozen()));
        assertTrue(canonical.contains("\"confidence\":\"low\""), canonical);
        assertTrue(canonical.contains("\"confidence\":null"), "an answer without one says so");
    }

    @Test
    void aReleaseFrozenBeforeConfidenceExistedKeepsItsColumnsAndItsDigest() {
        ReleaseContent older = FreezerTest.frozen();
        assertFalse(ReleaseTables.answers(older, FACTS).table().header().contains("confidence"));
        ReleaseContent withoutAny = new ReleaseContent(
                older.header(),
                older.axes(),
                older.indicators(),
                older.regions(),
                older.answers().stream()
                        .map(a -> new ReleaseContent.Answer(
                                a.region(),
                                a.indicator(),
                                a.optionCode(),
                                a.notApplicable(),
                                a.notApplicableReason(),
                                a.justification(),
                                a.score(),
                                a.sources()))
                        .toList(),
                older.scores(),
                older.translations());
        assertEquals(CanonicalExport.digest(withoutAny), CanonicalExport.digest(older));
        assertFalse(CanonicalExport.text(older).contains("confidence"));
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
