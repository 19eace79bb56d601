package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.regindex.release.CitationReaders.apa;
import static org.regindex.release.CitationReaders.assertValidCff;
import static org.regindex.release.CitationReaders.bibtex;
import static org.regindex.release.CitationReaders.csl;
import static org.regindex.release.CitationReaders.field;
import static org.regindex.release.CitationReaders.plain;
import static org.regindex.release.CitationReaders.ris;
import static org.regindex.release.CitationReaders.yaml;

import com.networknt.schema.InputFormat;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.regindex.identity.entity.Party;
import org.regindex.release.control.Citations;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.control.ReleaseExports.Format;
import org.regindex.release.entity.Credit;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseFacts;

/**
 * Every citation format is read back by a tool that reads it in the wild: CSL-JSON rendered by citeproc-java
 * with the APA style, BibTeX parsed by JBibTeX, RIS by citeproc-java's RIS parser, CITATION.cff as YAML and
 * against the Citation File Format 1.2.0 schema.
 */
class CitationsTest {

    static final Party ANA =
            new Party("", "Ana María", "García López", "Universidad de Ejemplo", "0000-0002-1825-0097");

    static final Credit TWO_CREATORS = new Credit(
            "Regindex Consortium",
            List.of(Party.organisation("Regindex Consortium"), ANA),
            List.of(new Party("", "Jean-Paul", "Sartre", "", "")),
            "",
            "data@regindex.example");

    /** Every character that LaTeX, YAML, JSON or RIS gives a meaning, and Latin letters beyond ASCII. */
    static final String TRICKY = "Índice: Region & City 50% {draft} \"quoted\" \\ $#_^~ @";

    /** Beyond Latin: biber reads them as UTF-8, JBibTeX's LaTeX reader does not, so they are checked as written. */
    static final String BEYOND_LATIN = " — 東京 😀";

    @Test
    void cslJsonRendersInApaWithCreatorsYearTitleVersionPublisherAndDoi() throws IOException {
        ReleaseFacts facts = withCredit(TestFacts.correctionWithDoi(), TWO_CREATORS);
        CSLItemData item = csl(Citations.cslJson(ReleaseDiffTest.FIRST, facts));
        assertEquals(CSLType.DATASET, item.getType());
        assertEquals("regindex_2026_1_1", item.getId());
        assertEquals("Sartre", item.getContributor()[0].getFamily(), "contributors are contributors, not authors");
        assertTrue(item.getNote().contains("CC-BY-4.0") && item.getNote().contains("SHA-256: cd34"), item.getNote());
        assertEquals(
                "Regindex Consortium, & García López, A. M. (2027). Round (Version 1.1) [Dataset]."
                        + " Regindex Consortium. https://doi.org/10.5072/regindex.1-1",
                apa(item));
    }

    @Test
    void withoutADoiTheCslCitationGivesTheLandingPage() throws IOException {
        CSLItemData item = csl(Citations.cslJson(ReleaseDiffTest.FIRST, TestFacts.published()));
        assertNull(item.getDOI());
        String rendered = apa(item);
        assertTrue(rendered.startsWith("Regindex Consortium. (2027). Round (Version 1.0) [Dataset]."), rendered);
        assertTrue(rendered.endsWith("https://regindex.example/releases/1.0"), rendered);
    }

    @Test
    void bibtexIsABiblatexDatasetThatJBibTeXReads() throws Exception {
        ReleaseFacts facts = withCredit(TestFacts.correctionWithDoi(), TWO_CREATORS);
        BibTeXEntry entry = bibtex(Citations.bibtex(ReleaseDiffTest.FIRST, facts));
        assertEquals(new Key("dataset"), entry.getType());
        assertEquals("regindex_2026_1_1", entry.getKey().getValue());
        assertEquals("{Regindex Consortium} and García López, Ana María", field(entry, "author"));
        assertEquals("{Round}", field(entry, "title"), "braced once more so that no style changes its case");
        assertEquals("2027", field(entry, "year"));
        assertEquals("2027-01-02", field(entry, "date"));
        assertEquals("1.1", field(entry, "version"));
        assertEquals("Regindex Consortium", plain(field(entry, "publisher")));
        assertEquals("https://regindex.example/releases/1.1", field(entry, "url"));
        assertEquals("10.5072/regindex.1-1", field(entry, "doi"));
        assertEquals(
                "Licence: CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/). SHA-256: cd34.",
                plain(field(entry, "note")));
        assertNull(bibtex(Citations.bibtex(ReleaseDiffTest.FIRST, TestFacts.published()))
                .getField(new Key("doi")));
    }

    @Test
    void risIsADataRecordThatCiteprocReads() throws IOException {
        ReleaseFacts facts = withCredit(TestFacts.correctionWithDoi(), TWO_CREATORS);
        String text = Citations.ris(ReleaseDiffTest.FIRST, facts);
        assertTrue(text.startsWith("TY  - DATA\r\n") && text.endsWith("ER  - \r\n"), text);
        RISReference ris = ris(text);
        assertEquals(RISType.DATA, ris.getType());
        assertEquals("regindex_2026_1_1", ris.getId());
        assertArrayEquals(new String[] {"Regindex Consortium,", "García López, Ana María"}, ris.getAuthors());
        assertEquals("Round", ris.getTitle());
        assertEquals("2027", ris.getYear());
        assertEquals("2027/01/02", ris.getDate());
        assertEquals("1.1", ris.getEdition());
        assertEquals("Regindex Consortium", ris.getPublisher());
        assertEquals("https://regindex.example/releases/1.1", ris.getURL());
        assertEquals("10.5072/regindex.1-1", ris.getDOI());
        assertTrue(ris.getNotes()[0].contains("CC-BY-4.0") && ris.getNotes()[0].contains("cd34"));
        assertEquals(
                "Regindex Consortium, & García López, A. M. (2027). Round (1.1) [Dataset]."
                        + " Regindex Consortium. https://doi.org/10.5072/regindex.1-1",
                apa(new RISConverter().toItemData(ris)),
                "the organisation's trailing comma keeps it from being read as a person");
        assertNull(
                ris(Citations.ris(ReleaseDiffTest.FIRST, TestFacts.published())).getDOI());
    }

    @Test
    void cffIsValidCitationFileFormatWithEntitiesAndPersons() {
        ReleaseFacts facts = withCredit(TestFacts.correctionWithDoi(), TWO_CREATORS);
        String text = Citations.cff(ReleaseDiffTest.FIRST, facts);
        assertValidCff(text);
        Map<String, Object> cff = yaml(text);
        assertEquals("1.2.0", cff.get("cff-version"));
        assertEquals("dataset", cff.get("type"));
        assertEquals("Round", cff.get("title"));
        assertEquals("1.1", cff.get("version"), "a string, not the number 1.1");
        assertEquals("2027-01-02", cff.get("date-released"), "a string, not a timestamp");
        assertEquals(
                List.of(
                        Map.of("name", "Regindex Consortium"),
                        Map.of(
                                "family-names", "García López",
                                "given-names", "Ana María",
                                "affiliation", "Universidad de Ejemplo",
                                "orcid", "https://orcid.org/0000-0002-1825-0097")),
                cff.get("authors"));
        assertEquals("CC-BY-4.0", cff.get("license"));
        assertEquals("https://regindex.example/releases/1.1", cff.get("url"));
        assertEquals("10.5072/regindex.1-1", cff.get("doi"));
        assertEquals(
                List.of(Map.of("name", "Regindex Consortium", "email", "data@regindex.example")), cff.get("contact"));
        assertTrue(cff.get("identifiers").toString().contains("sha256:cd34"), cff.toString());
        String published = Citations.cff(ReleaseDiffTest.FIRST, TestFacts.published());
        assertValidCff(published);
        assertFalse(yaml(published).containsKey("doi"));
    }

    @Test
    void theSchemaCheckRefusesWhatTheFormatDoesNot() {
        String valid = Citations.cff(ReleaseDiffTest.FIRST, TestFacts.published());
        assertFalse(CitationReaders.CFF_SCHEMA
                .validate(valid.replace("type: dataset", "type: data set"), InputFormat.YAML)
                .isEmpty());
        assertFalse(CitationReaders.CFF_SCHEMA
                .validate(valid + "contributors:\n  - name: \"X\"\n", InputFormat.YAML)
                .isEmpty());
    }

    @Test
    void aTrickyTitleSurvivesEveryFormat() throws Exception {
        String title = TRICKY + BEYOND_LATIN;
        ReleaseContent content = titled(title, "2026/Ñ b");
        ReleaseFacts facts = withCredit(TestFacts.correctionWithDoi(), TWO_CREATORS);
        assertEquals(title, csl(Citations.cslJson(content, facts)).getTitle());
        BibTeXEntry entry = bibtex(Citations.bibtex(content, facts));
        String latex = field(entry, "title");
        assertTrue(latex.startsWith("{") && latex.endsWith(BEYOND_LATIN + "}"), latex);
        assertEquals(TRICKY, plain(latex.substring(1, latex.length() - BEYOND_LATIN.length() - 1)));
        assertEquals("regindex_2026___b_1_1", entry.getKey().getValue());
        assertEquals(title, ris(Citations.ris(content, facts)).getTitle());
        String cff = Citations.cff(content, facts);
        assertValidCff(cff);
        assertEquals(title, yaml(cff).get("title"));
        assertTrue(Citations.text(content, facts).contains("(2027). " + title + " (Version 1.1) [Data set]"));
    }

    @Test
    void aCreatorsNameWithAndOrACommaStaysOneBibtexName() throws Exception {
        Credit credit = new Credit(
                "Smith, Jones and Partners",
                List.of(Party.organisation("Smith, Jones and Partners"), new Party("", "Al", "Mar and Sol", "", "")),
                List.of(),
                "",
                "");
        BibTeXEntry entry = bibtex(Citations.bibtex(ReleaseDiffTest.FIRST, withCredit(TestFacts.published(), credit)));
        assertEquals("{Smith, Jones and Partners} and {Mar and Sol}, Al", field(entry, "author"));
        assertEquals("{Smith, Jones and Partners}", field(entry, "publisher"));
    }

    @Test
    void aDraftIsCitedByTheDayItWasFrozenInEveryFormat() throws Exception {
        ReleaseFacts draft = TestFacts.draft();
        int[][] issued =
                csl(Citations.cslJson(ReleaseDiffTest.FIRST, draft)).getIssued().getDateParts();
        assertEquals(1, issued.length);
        assertEquals(List.of(2026, 12, 30), toList(issued[0]));
        BibTeXEntry entry = bibtex(Citations.bibtex(ReleaseDiffTest.FIRST, draft));
        assertEquals("2026", field(entry, "year"));
        assertEquals("2026-12-30", field(entry, "date"));
        RISReference ris = ris(Citations.ris(ReleaseDiffTest.FIRST, draft));
        assertEquals("2026", ris.getYear());
        assertEquals("2026/12/30", ris.getDate());
        String cff = Citations.cff(ReleaseDiffTest.FIRST, draft);
        assertValidCff(cff);
        assertEquals("2026-12-30", yaml(cff).get("date-released"));
        assertTrue(Citations.text(ReleaseDiffTest.FIRST, draft).startsWith("Regindex Consortium (2026). "));
        assertEquals(
                List.of(2027, 1, 2),
                toList(csl(Citations.cslJson(ReleaseDiffTest.FIRST, TestFacts.published()))
                        .getIssued()
                        .getDateParts()[0]),
                "a published release by the day of publication");
    }

    @Test
    void thePlainTextNamesPersonsTheApaWayThePublisherWhenItIsNotTheOneAuthorAndTheDoiForTheUrl() {
        assertEquals(
                "Regindex Consortium (2027). Round (Version 1.1) [Data set]. https://doi.org/10.5072/regindex.1-1."
                        + " SHA-256: cd34.\n",
                Citations.text(ReleaseDiffTest.FIRST, TestFacts.correctionWithDoi()));
        assertEquals(
                "Regindex Consortium, & García López, A. M. (2027). Round (Version 1.1) [Data set]."
                        + " Regindex Consortium. https://doi.org/10.5072/regindex.1-1. SHA-256: cd34.\n",
                Citations.text(ReleaseDiffTest.FIRST, withCredit(TestFacts.correctionWithDoi(), TWO_CREATORS)));
        Credit hyphenated = new Credit(
                "Regindex Consortium", List.of(new Party("", "Jean-Paul", "Sartre", "", "")), List.of(), "", "");
        assertTrue(Citations.text(ReleaseDiffTest.FIRST, withCredit(TestFacts.published(), hyphenated))
                .startsWith("Sartre, J.-P. (2027). Round (Version 1.0) [Data set]. Regindex Consortium. "));
    }

    @Test
    void everyCitationFormatIsADownloadWithALabelInEnglishAndSpanish() throws IOException {
        ReleaseFacts facts = TestFacts.published();
        assertEquals(Citations.ris(ReleaseDiffTest.FIRST, facts), download(Format.byName("ris"), facts));
        assertEquals(Citations.cslJson(ReleaseDiffTest.FIRST, facts), download(Format.byName("csl-json"), facts));
        assertEquals(Citations.cff(ReleaseDiffTest.FIRST, facts), download(Format.byName("cff"), facts));
        assertEquals("regindex-2026-1.0-CITATION.cff", ReleaseExports.fileName(ReleaseDiffTest.FIRST, Format.CFF));
        for (String bundle : List.of("messages.properties", "messages_es.properties")) {
            Properties labels = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/org/regindex/i18n/" + bundle)) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Format format : Format.values()) {
                assertNotNull(labels.getProperty("download." + format.name), bundle + " labels " + format.name);
            }
        }
    }

    static ReleaseFacts withCredit(ReleaseFacts facts, Credit credit) {
        return new ReleaseFacts(
                facts.version(),
                facts.digest(),
                facts.state(),
                facts.frozenAt(),
                facts.publishedAt(),
                facts.withdrawnAt(),
                facts.withdrawnReason(),
                facts.correctsVersion(),
                facts.licence(),
                credit,
                facts.doi(),
                facts.site());
    }

    private static ReleaseContent titled(String title, String cycleCode) {
        ReleaseContent first = ReleaseDiffTest.FIRST;
        ReleaseContent.Header header = first.header();
        return new ReleaseContent(
                new ReleaseContent.Header(
                        header.version(),
                        title,
                        header.notes(),
                        cycleCode,
                        header.cycleName(),
                        header.codebookCode(),
                        header.codebookVersion(),
                        header.codebookTitle(),
                        header.aggregation(),
                        header.correctsVersion()),
                first.axes(),
                first.indicators(),
                first.regions(),
                first.answers(),
                first.scores());
    }

    private static String download(Format format, ReleaseFacts facts) {
        return new String(ReleaseExports.export(ReleaseDiffTest.FIRST, facts, "", format), StandardCharsets.UTF_8);
    }

    private static List<Integer> toList(int[] parts) {
        return Arrays.stream(parts).boxed().toList();
    }
}
