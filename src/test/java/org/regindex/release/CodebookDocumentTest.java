package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.control.CodebookLayout;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.Cycle;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.release.control.CodebookDocument;
import org.regindex.release.control.Freezer;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.ReleaseExports.Format;
import org.regindex.release.control.WorkedExample;
import org.regindex.release.entity.ReleaseContent;

/**
 * The codebook document of a release: the same PDF bytes on every export, the worked example computed by
 * the scoring rule, every indicator with its question and option scores, escaped values, letters beyond
 * Latin-1 in the embedded font, and its texts in English and Spanish.
 */
class CodebookDocumentTest {

    static final ReleaseContent REFERENCE = reference();

    /** The reference codebook of the repository frozen into a release without regions. */
    static ReleaseContent reference() {
        try {
            byte[] csv = Files.readAllBytes(Path.of("src/main/resources/reference/reference-codebook.csv"));
            Codebook codebook = new Codebook(
                    "reference",
                    3,
                    "Reference codebook",
                    CodebookLayout.read(Spreadsheets.read("reference-codebook.csv", csv, CodebookLayout.SHEET)),
                    Instant.EPOCH,
                    "coordinator");
            ReleaseContent.Header header = new ReleaseContent.Header(
                    "1.0",
                    "Round 2026",
                    "",
                    "2026",
                    "Round 2026",
                    "reference",
                    3,
                    "Reference codebook",
                    "MEAN_OF_FIRST_AXIS_MEANS",
                    null);
            return Freezer.content(
                    header, new Cycle("2026", "Round 2026", codebook, LocalDate.of(2026, 6, 30)), List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCodebookPdfIsAFormatOfItsOwn() {
        assertEquals(Format.CODEBOOK_PDF, Format.byName("codebook-pdf"));
        assertEquals("application/pdf", Format.CODEBOOK_PDF.mediaType);
        assertEquals("regindex-2026-1.0-codebook.pdf", ReleaseExports.fileName(REFERENCE, Format.CODEBOOK_PDF));
    }

    @Test
    void everyExportOfAReleaseIsTheSameBytesDatedByItsFreeze() throws IOException {
        byte[] first = ReleaseExports.export(REFERENCE, TestFacts.published(), "", Format.CODEBOOK_PDF);
        byte[] second = ReleaseExports.export(REFERENCE, TestFacts.published(), "", Format.CODEBOOK_PDF);
        assertArrayEquals(first, second);
        try (PDDocument pdf = Loader.loadPDF(first)) {
            assertEquals(
                    TestFacts.FROZEN.toEpochMilli(),
                    pdf.getDocumentInformation().getCreationDate().getTimeInMillis());
            Calendar modified = pdf.getDocumentInformation().getModificationDate();
            assertEquals(TestFacts.FROZEN.toEpochMilli(), modified.getTimeInMillis());
            assertEquals(
                    "Codebook of release 1.0: Round 2026",
                    pdf.getDocumentInformation().getTitle());
            assertTrue(pdf.getNumberOfPages() > 10, "72 indicators take pages: " + pdf.getNumberOfPages());
        }
    }

    @Test
    void theWorkedExampleIsScoredByTheRuleNotAveragedFromRoundedScores() {
        WorkedExample example = WorkedExample.of(REFERENCE).orElseThrow();
        assertEquals("policy_area", example.axis().code());
        WorkedExample.Step antidiscrimination = example.steps().get(0);
        assertEquals("ADI", antidiscrimination.category().code());
        assertEquals(
                List.of("ADI-ACR-01", "ADI-ACR-02", "ADI-ACR-03", "ADI-ACT-02"),
                antidiscrimination.lines().stream()
                        .map(l -> l.indicator().code())
                        .toList());
        assertTrue(antidiscrimination.lines().get(3).notApplicable(), "the first indicator that allows it");
        assertEquals("(100 + 50 + 50) / 3", antidiscrimination.sum());
        assertEquals(new BigDecimal("66.67"), antidiscrimination.score());
        WorkedExample.Step culture = example.steps().get(1);
        assertEquals("CUL", culture.category().code());
        assertEquals("(0 + 50) / 2", culture.sum());
        assertEquals(new BigDecimal("25.00"), culture.score());
        // (200/3 + 25) / 2 = 275/6 = 45.8333...: 45.83; the rounded scores give (66.67 + 25.00) / 2 = 45.835: 45.84.
        assertEquals(new BigDecimal("45.83"), example.overall());
        assertEquals(new BigDecimal("45.84"), example.roundedMean());
        assertTrue(example.roundingMatters());
        assertEquals(6, example.otherCategories());
    }

    @Test
    void thePdfHoldsTheMethodologyTheWorkedExampleAndEveryIndicatorWithItsOptionScores() {
        String text = text(ReleaseExports.export(REFERENCE, TestFacts.published(), "", Format.CODEBOOK_PDF));
        for (String expected : List.of(
                "Codebook of release 1.0: Round 2026",
                "Reference codebook (reference, version 3)",
                "Creative Commons Attribution 4.0 International (CC-BY-4.0)",
                "Regindex Consortium (2027). Round 2026 (Version 1.0) [Data set].",
                "rounded half-up to two decimals only at the end",
                "never counted as 0",
                "Score on Antidiscrimination: (100 + 50 + 50) / 3 = 66.67",
                "ADI-ACT-02 Not applicable left out",
                "Score on Culture and religion: (0 + 50) / 2 = 25.00",
                "Overall score: (66.67 + 25.00) / 2 = 45.83",
                "Averaging the rounded category scores would give 45.84: the rule averages the exact means and gives 45.83.",
                "Can migrants who experience discrimination bring a complaint to a body set up or funded by the regional"
                        + " government, and how far can that body act on it?",
                "Use the body's founding act and latest activity report",
                "Policy area: Antidiscrimination [ADI]",
                "Target population: Third-country nationals [TCN]",
                "b A regional body receives complaints and mediates, but cannot investigate or assist in legal"
                        + " proceedings 67",
                "c Only an information point or hotline exists, which redirects complaints to national bodies 33",
                "May be answered \"not applicable\", with a reason.")) {
            assertTrue(text.contains(expected), "the PDF says: " + expected);
        }
        for (ReleaseContent.Indicator indicator : REFERENCE.indicators()) {
            assertTrue(text.contains(indicator.code()), indicator.code());
        }
    }

    @Test
    void valuesAreEscapedAndLettersBeyondLatin1Print() {
        ReleaseContent.Indicator odd = new ReleaseContent.Indicator(
                "ODD-01",
                "Does Łódź fund <b>courses</b> & “classes” for ≥ 50 % of newcomers?\u0007",
                "See </p><script>alert(1)</script>.",
                false,
                Map.of(
                        "policy_area",
                        "ADI",
                        "governance_system",
                        "ACR",
                        "governance_process",
                        "IMP",
                        "target_population",
                        "TCN"),
                List.of(
                        new ReleaseContent.Option("a", "Sí, en español", 100),
                        new ReleaseContent.Option("b", "Ні", 0)));
        ReleaseContent content =
                new ReleaseContent(REFERENCE.header(), REFERENCE.axes(), List.of(odd), List.of(), List.of(), List.of());
        String xhtml = CodebookDocument.xhtml(content, TestFacts.published());
        assertTrue(xhtml.contains(
                "Does Łódź fund &lt;b&gt;courses&lt;/b&gt; &amp; “classes” for ≥ 50 % of newcomers?\uFFFD"));
        assertFalse(xhtml.contains("<script>") || xhtml.contains("\u0007"));
        String text = text(ReleaseExports.export(content, TestFacts.published(), "", Format.CODEBOOK_PDF));
        assertTrue(text.contains("Does Łódź fund <b>courses</b> & “classes” for ≥ 50 % of newcomers?"), text);
        assertTrue(text.contains("See </p><script>alert(1)</script>."));
        assertTrue(text.contains("a Sí, en español 100") && text.contains("b Ні 0"), "Cyrillic too");
    }

    @Test
    void aCodebookWhoseFirstAxisHasNoIndicatorSaysThereIsNoExample() {
        ReleaseContent empty =
                new ReleaseContent(REFERENCE.header(), REFERENCE.axes(), List.of(), List.of(), List.of(), List.of());
        assertTrue(WorkedExample.of(empty).isEmpty());
        assertTrue(CodebookDocument.xhtml(empty, TestFacts.published())
                .contains("The first axis of this codebook has no indicator, so no example can be given."));
    }

    @Test
    void theSmallCodebooksExampleHasACategoryWithNothingApplicable() {
        WorkedExample example = WorkedExample.of(FreezerTest.frozen()).orElseThrow();
        assertEquals(new BigDecimal("100.00"), example.steps().get(0).score());
        assertTrue(example.steps().get(1).lines().get(0).notApplicable());
        assertNull(example.steps().get(1).score(), "not applicable is left out, never 0");
        assertEquals(new BigDecimal("100.00"), example.overall());
        assertFalse(example.roundingMatters());
    }

    @Test
    void everyTextOfTheDocumentIsInEnglishAndSpanish() throws IOException {
        ResourceBundle english = ResourceBundle.getBundle(CodebookDocument.TEXTS, Locale.ENGLISH);
        Properties spanish = new Properties();
        try (Reader in = Files.newBufferedReader(
                Path.of("src/main/resources/org/regindex/i18n/messages_es.properties"), StandardCharsets.UTF_8)) {
            spanish.load(in);
        }
        for (String key : english.keySet()) {
            if (key.startsWith("codebook.") || key.startsWith("download.")) {
                assertTrue(spanish.containsKey(key), key + " has a Spanish text");
            }
        }
        String spanishDocument = CodebookDocument.xhtml(
                REFERENCE,
                TestFacts.published(),
                ResourceBundle.getBundle(CodebookDocument.TEXTS, Locale.forLanguageTag("es")));
        assertTrue(spanishDocument.contains("Metodología") && spanishDocument.contains("lang=\"es\""));
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
