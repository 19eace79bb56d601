package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.IndicatorFilterTest;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.CodebookContent;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.codebook.entity.TextKey;
import org.regindex.codebook.entity.Translations;
import org.regindex.release.control.CanonicalExport;
import org.regindex.release.control.CodebookTables;
import org.regindex.release.control.Freezer;
import org.regindex.release.entity.ReleaseContent;

/** A release freezes the translations of its codebook and its regions' names; without any, its bytes stay as before. */
class FrozenTranslationsTest {

    static final Translations GERMAN = Translations.builder("en")
            .put("de", TextKey.question("LAB-ACT-01"), "Gibt es eine Strategie?")
            .put("de", TextKey.option("LAB-ACT-01", "a"), "Ja, mit Zielen")
            .put("es", TextKey.category("policy_area", "LAB"), "Mercado laboral")
            .build();

    static ReleaseContent frozenWith(Translations translations, Region... regions) {
        CodebookContent small = IndicatorFilterTest.CODEBOOK.content();
        Codebook codebook = new Codebook(
                "small",
                1,
                "Small",
                new CodebookContent(small.axes(), small.indicators(), translations),
                Instant.EPOCH,
                "coordinator");
        Cycle cycle = new Cycle("2026", "Round 2026", codebook, LocalDate.of(2026, 6, 30));
        List.of(regions).forEach(cycle::include);
        return Freezer.content(FreezerTest.HEADER, cycle, List.of(regions), List.of());
    }

    @Test
    void aReleaseKeepsTheCodebooksTranslationsAndTheRegionsNamesAsTheyWereWhenFrozen() {
        Region catalonia = new Region("ES51", "Catalonia", "ES");
        catalonia.name("es", "Cataluña");
        ReleaseContent content = frozenWith(GERMAN, catalonia);
        assertEquals(
                "Gibt es eine Strategie?",
                content.translations()
                        .text("de", TextKey.question("LAB-ACT-01"))
                        .orElseThrow());
        assertEquals(
                "Cataluña",
                content.translations().text("es", TextKey.region("ES51")).orElseThrow());
        catalonia.name("es", "Catalunya");
        assertEquals(
                "Cataluña",
                content.translations().text("es", TextKey.region("ES51")).orElseThrow(),
                "values, not references");
    }

    @Test
    void theCanonicalFormCarriesTranslationsOnlyWhenThereAreSome() {
        Region catalonia = new Region("ES51", "Catalonia", "ES");
        ReleaseContent without = frozenWith(Translations.NONE, catalonia);
        assertFalse(CanonicalExport.text(without).contains("translations"));
        ReleaseContent with = frozenWith(GERMAN, catalonia);
        assertTrue(
                CanonicalExport.text(with)
                        .endsWith(
                                ",\"translations\":{\"source\":\"en\",\"languages\":{"
                                        + "\"de\":[{\"part\":\"QUESTION\",\"owner\":\"LAB-ACT-01\",\"code\":\"\",\"text\":\"Gibt es eine Strategie?\"},"
                                        + "{\"part\":\"OPTION\",\"owner\":\"LAB-ACT-01\",\"code\":\"a\",\"text\":\"Ja, mit Zielen\"}],"
                                        + "\"es\":[{\"part\":\"CATEGORY\",\"owner\":\"policy_area\",\"code\":\"LAB\",\"text\":\"Mercado laboral\"}]}}}"),
                CanonicalExport.text(with));
        assertNotEquals(CanonicalExport.digest(without), CanonicalExport.digest(with));
        assertEquals(
                CanonicalExport.digest(new ReleaseContent(
                        without.header(),
                        without.axes(),
                        without.indicators(),
                        without.regions(),
                        without.answers(),
                        without.scores())),
                CanonicalExport.digest(without));
    }

    @Test
    void theReleasesCodebookFileCarriesTheTranslationColumnsButNotTheRegionNames() {
        Region catalonia = new Region("ES51", "Catalonia", "ES");
        catalonia.name("de", "Katalonien");
        List<String> header =
                CodebookTables.codebook(frozenWith(GERMAN, catalonia)).header();
        assertTrue(header.containsAll(List.of("question@de", "option_1_label@de", "question@es")), header.toString());
        assertFalse(CodebookTables.codebook(frozenWith(Translations.NONE, catalonia)).header().stream()
                .anyMatch(h -> h.contains("@")));
    }
}
