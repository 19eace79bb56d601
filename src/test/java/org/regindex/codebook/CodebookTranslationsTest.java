package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.regindex.codebook.CodebookLayoutTest.HEADER;
import static org.regindex.codebook.CodebookLayoutTest.SMALL;
import static org.regindex.codebook.CodebookLayoutTest.problemsOf;
import static org.regindex.codebook.CodebookLayoutTest.readCsv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.control.CodebookLayout;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.CodebookContent;
import org.regindex.codebook.entity.InvalidCodebook;
import org.regindex.codebook.entity.TextKey;
import org.regindex.codebook.entity.Translations;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.ImportProblem;

/** The translation columns of a codebook file ({@code question@de}) and how a translated text is looked up. */
class CodebookTranslationsTest {

    static final String ROW =
            "LAB-ACT-01,Is there a strategy?,Look at the plan.,no,Labour market [LAB],Third-country nationals [TCN],"
                    + "a,Yes,100,b,No,0,,,";

    static CodebookContent withGerman(String headings, String cells) {
        return readCsv(HEADER + "," + headings + "\n" + ROW + "," + cells + "\n");
    }

    @Test
    void aColumnHeadedWithALanguageTranslatesTheTextsOfItsSourceColumn() {
        CodebookContent content = withGerman(
                "question@de,guidance@de,Politikbereich [policy_area]@de,option_1_label@de,option_2_label@es",
                "Gibt es eine Strategie?,,Arbeitsmarkt [LAB],Ja,No (es)");
        Translations translations = content.translations();
        assertEquals("en", translations.source());
        assertEquals(List.of("de", "es"), List.copyOf(translations.languages()));
        assertEquals(
                "Gibt es eine Strategie?",
                translations.text("de", TextKey.question("LAB-ACT-01")).orElseThrow());
        assertTrue(translations.text("de", TextKey.guidance("LAB-ACT-01")).isEmpty(), "an empty cell is no text");
        assertEquals(
                "Politikbereich",
                translations.text("de", TextKey.axis("policy_area")).orElseThrow());
        assertEquals(
                "Arbeitsmarkt",
                translations.text("de", TextKey.category("policy_area", "LAB")).orElseThrow());
        assertEquals(
                "Ja", translations.text("de", TextKey.option("LAB-ACT-01", "a")).orElseThrow());
        assertEquals(
                "No (es)",
                translations.text("es", TextKey.option("LAB-ACT-01", "b")).orElseThrow());
    }

    @Test
    void aCategoryCellMayGiveTheLabelAloneOrWithItsCode() {
        CodebookContent content = withGerman("Politikbereich [policy_area]@de", "Arbeitsmarkt");
        assertEquals(
                "Arbeitsmarkt",
                content.translations()
                        .text("de", TextKey.category("policy_area", "LAB"))
                        .orElseThrow());
    }

    @Test
    void translationsSurviveExportAndImportInCsvAndExcel() {
        Translations german = Translations.builder("en")
                .put("de", TextKey.question("LAB-ACT-01"), "Gibt es eine „Strategie“?")
                .put("de", TextKey.guidance("EDU-RES-01"), "Zweite Zeile;\nmit Umbruch.")
                .put("de", TextKey.axis("policy_area"), "Politikbereich")
                .put("de", TextKey.axis("target_population"), "Zielgruppe")
                .put("de", TextKey.category("policy_area", "EDU"), "Bildung")
                .put("de", TextKey.option("LAB-ACT-01", "c"), "Nein")
                .put("es", TextKey.axis("policy_area"), "Ámbito")
                .put("es", TextKey.axis("target_population"), "Población")
                .put("es", TextKey.question("EDU-RES-01"), "¿En Baden-Württemberg?")
                .build();
        CodebookContent translated = new CodebookContent(SMALL.axes(), SMALL.indicators(), german);
        byte[] csv = Spreadsheets.writeCsv(CodebookLayout.toTable(translated));
        assertEquals(translated, CodebookLayout.read(Spreadsheets.read("codebook.csv", csv, CodebookLayout.SHEET)));
        byte[] xlsx = Spreadsheets.writeWorkbook(List.of(CodebookLayout.toTable(translated)));
        assertEquals(translated, CodebookLayout.read(Spreadsheets.read("codebook.xlsx", xlsx, CodebookLayout.SHEET)));
    }

    @Test
    void aCodebookWithoutTranslationsExportsNoTranslationColumns() {
        assertFalse(CodebookLayout.toTable(SMALL).header().stream().anyMatch(h -> h.contains("@")));
    }

    @Test
    void anUnknownLanguageIsRefusedWithASentenceNamingTheColumnAndTheLanguagesThereAre() {
        List<ImportProblem> problems = problemsOf(HEADER + ",question@xx\n" + ROW + ",Quoi?\n");
        assertEquals(
                List.of(new ImportProblem(
                        "codebook.csv",
                        1,
                        "P",
                        "The column \"question@xx\" is for the language \"xx\", which Regindex does not know; "
                                + "translations are for en, es, de, fr, nl, it, pt, sv.")),
                problems);
    }

    @Test
    void theSourceLanguageAndColumnsWithoutTranslationsAreRefused() {
        List<ImportProblem> problems = problemsOf(
                HEADER + ",question@en,indicator@de,option_1_score@de,question@de,QUESTION@DE\n" + ROW + ",,,,,\n");
        assertEquals(
                List.of(
                        "The column \"question@en\" is for en, the codebook's source language: its texts go into the column \"question\".",
                        "The column \"indicator@de\" translates \"indicator\", which has no translation; translated are "
                                + "question, guidance, option_N_label and the axis columns, e.g. question@de.",
                        "The column \"option_1_score@de\" translates \"option_1_score\", which has no translation; translated are "
                                + "question, guidance, option_N_label and the axis columns, e.g. question@de.",
                        "The column \"QUESTION@DE\" translates the same text as column S."),
                problems.stream().map(ImportProblem::message).toList());
    }

    @Test
    void aTranslationMustHaveASourceTextToTranslate() {
        List<ImportProblem> problems = problemsOf(HEADER
                + ",option_3_label@de,option_4_label@de,Zielgruppe [target]@de,Politikbereich [policy_area]@de\n"
                + ROW + ",Vielleicht,,,Bildung [EDU]\n");
        assertEquals(
                List.of(
                        "The column translates option 4, which has no option_4_label column.",
                        "The column translates the axis target, which has no column of its own."),
                problems.stream().map(ImportProblem::message).toList());
        List<ImportProblem> rows = problemsOf(
                HEADER + ",option_3_label@de,Politikbereich [policy_area]@de\n" + ROW + ",Vielleicht,Bildung [EDU]\n");
        assertEquals(
                List.of(
                        "Option 3 is empty on this row, so its label cannot have a translation.",
                        "\"Bildung [EDU]\" names the category EDU, but this indicator is in LAB on axis policy_area."),
                rows.stream().map(ImportProblem::message).toList());
        assertEquals(2, rows.get(0).row());
    }

    @Test
    void aTextWithoutTranslationIsShownInTheSourceLanguageAndSaysSo() {
        Translations german = Translations.builder("en")
                .put("de", TextKey.question("A"), "Frage")
                .build();
        Translations.Shown shown = german.in("de", TextKey.question("A"), "Question");
        assertEquals(new Translations.Shown("Frage", "Question", true), shown);
        assertTrue(shown.differs());
        assertEquals(new Translations.Shown("Guide", "Guide", false), german.in("de", TextKey.guidance("A"), "Guide"));
        assertEquals(
                new Translations.Shown("Question", "Question", true),
                german.in("en", TextKey.question("A"), "Question"));
        assertFalse(german.in("es", TextKey.question("A"), "Question").translated());
    }

    @Test
    void translationsIntoTheSourceLanguageOrBlankOnesAreNoTranslations() {
        Translations translations = Translations.builder("en")
                .put("en", TextKey.question("A"), "Question")
                .put("de", TextKey.question("A"), "  ")
                .build();
        assertTrue(translations.isEmpty());
    }

    @Test
    void aCodebookWrittenInGermanTakesEnglishAsATranslation() {
        String file = HEADER + ",question@en\n" + ROW.replace("Is there a strategy?", "Gibt es eine Strategie?")
                + ",Is there a strategy?\n";
        CodebookContent content = CodebookLayout.read(
                Spreadsheets.read("codebook.csv", file.getBytes(StandardCharsets.UTF_8), CodebookLayout.SHEET), "de");
        assertEquals("de", content.translations().source());
        assertEquals(
                "Is there a strategy?",
                content.translations()
                        .text("en", TextKey.question("LAB-ACT-01"))
                        .orElseThrow());
        assertEquals(
                "Gibt es eine Strategie?",
                content.translations()
                        .in("de", TextKey.question("LAB-ACT-01"), "Gibt es eine Strategie?")
                        .text());
    }

    @Test
    void aCodebooksLanguageIsOneOfThePages() {
        assertEquals("de", Codebook.checkedLanguage("de"));
        for (String unknown : new String[] {"xx", "DE", "", null}) {
            InvalidCodebook refused = assertThrows(InvalidCodebook.class, () -> Codebook.checkedLanguage(unknown));
            assertEquals(
                    "The codebook's language \"" + unknown
                            + "\" is not one of the languages of the pages: en, es, de, fr," + " nl, it, pt, sv.",
                    refused.getMessage());
        }
    }
}
