package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.control.CodebookLayout;
import org.regindex.codebook.control.RegionNames;
import org.regindex.codebook.entity.CodebookContent;
import org.regindex.codebook.entity.CodebookContent.AxisSpec;
import org.regindex.codebook.entity.CodebookContent.CategorySpec;
import org.regindex.codebook.entity.CodebookContent.IndicatorSpec;
import org.regindex.codebook.entity.CodebookContent.OptionSpec;
import org.regindex.codebook.entity.TextKey;
import org.regindex.codebook.entity.Translations;
import org.regindex.platform.control.Records;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.ImportProblem;

/**
 * The shipped reference codebook and demo regions, read by the import's own parsers, have every text in German and
 * Spanish: each question, guidance and option label of each indicator, each axis and each category.
 */
class ReferenceCodebookTranslationsTest {

    static final List<String> LANGUAGES = List.of("de", "es");

    /** Names that are the same word in the language as in English ("Evaluation" in German). */
    static final Set<String> SAME_NAME = Set.of("de/governance_process/EVA");

    /** Regions whose name is the same in the language as in English, so their cell is empty. */
    static final Map<String, Set<String>> SAME_REGION_NAME = Map.of(
            "de", Set.of("DE1", "DE3", "ITH5", "PT11", "PT15"),
            "es", Set.of("DE1", "PT11", "PT15"));

    static CodebookContent reference() throws IOException {
        byte[] csv = Files.readAllBytes(Path.of("src/main/resources/reference/reference-codebook.csv"));
        return CodebookLayout.read(Spreadsheets.read("reference-codebook.csv", csv, CodebookLayout.SHEET));
    }

    @Test
    void everyQuestionGuidanceAndOptionOfTheReferenceCodebookIsInGermanAndSpanish() throws IOException {
        CodebookContent reference = reference();
        Translations translations = reference.translations();
        assertEquals(72, reference.indicators().size());
        assertEquals(LANGUAGES, List.copyOf(translations.languages()));
        List<String> missing = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (IndicatorSpec indicator : reference.indicators()) {
                check(translations, language, TextKey.question(indicator.code()), indicator.question(), missing);
                check(translations, language, TextKey.guidance(indicator.code()), indicator.guidance(), missing);
                for (OptionSpec option : indicator.options()) {
                    check(
                            translations,
                            language,
                            TextKey.option(indicator.code(), option.code()),
                            option.label(),
                            missing);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyAxisAndCategoryOfTheReferenceCodebookIsNamedInGermanAndSpanish() throws IOException {
        CodebookContent reference = reference();
        Translations translations = reference.translations();
        List<String> missing = new ArrayList<>();
        int categories = 0;
        for (String language : LANGUAGES) {
            for (AxisSpec axis : reference.axes()) {
                check(translations, language, TextKey.axis(axis.code()), axis.label(), missing);
                for (CategorySpec category : axis.categories()) {
                    categories++;
                    TextKey key = TextKey.category(axis.code(), category.code());
                    if (SAME_NAME.contains(language + "/" + axis.code() + "/" + category.code())) {
                        assertEquals(
                                category.label(),
                                translations.text(language, key).orElse(""),
                                "the name that is the same word in " + language);
                    } else {
                        check(translations, language, key, category.label(), missing);
                    }
                }
            }
        }
        assertEquals(2 * 17, categories);
        assertEquals(List.of(), missing);
    }

    /** A text is translated, and the translation is not the English text left in place. */
    private static void check(
            Translations translations, String language, TextKey key, String english, List<String> missing) {
        String text = translations.text(language, key).orElse("");
        if (text.isBlank()) {
            missing.add(language + " " + key + ": no translation");
        } else if (text.equals(english)) {
            missing.add(language + " " + key + ": the English text \"" + english + "\"");
        }
    }

    @Test
    void everyDemoRegionHasItsGermanAndSpanishNameWhereItDiffers() throws IOException {
        Grid grid = Spreadsheets.read(
                "regions.csv", Files.readAllBytes(Path.of("src/main/resources/demo/regions.csv")), "regions");
        List<ImportProblem> problems = new ArrayList<>();
        Map<Integer, Map<String, String>> names = RegionNames.read(grid, problems);
        assertEquals(List.of(), problems);
        List<Records.Row> rows = Records.read(grid, List.of("code", "name", "country"), RegionNames.COLUMNS);
        assertEquals(25, rows.size());
        Map<String, Set<String>> unnamed = new TreeMap<>();
        for (String language : LANGUAGES) {
            unnamed.put(language, new TreeSet<>());
            for (Records.Row row : rows) {
                String name = names.get(row.number()).get(language);
                if (name == null) {
                    unnamed.get(language).add(row.get("code"));
                } else {
                    assertFalse(name.isBlank(), row.get("code"));
                }
            }
        }
        assertEquals(SAME_REGION_NAME.get("de"), unnamed.get("de"), "regions without a German name");
        assertEquals(SAME_REGION_NAME.get("es"), unnamed.get("es"), "regions without a Spanish name");
    }
}
