package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.entity.Region;
import org.regindex.codebook.entity.TextKey;
import org.regindex.codebook.entity.Translations;
import org.regindex.release.entity.LocalizedContent;
import org.regindex.release.entity.ReleaseContent;

/** A public page shows a release's codebook in the visitor's language, the source text where no translation exists. */
class LocalizedContentTest {

    static final Translations SPANISH = Translations.builder("en")
            .put("es", TextKey.question("LAB-ACT-01"), "¿Existe una estrategia?")
            .put("es", TextKey.option("LAB-ACT-01", "a"), "Sí, con metas")
            .put("es", TextKey.axis("policy_area"), "Ámbito político")
            .put("es", TextKey.category("policy_area", "LAB"), "Mercado laboral")
            .put("es", TextKey.region("ES51"), "Cataluña")
            .build();

    static ReleaseContent frozen() {
        return FrozenTranslationsTest.frozenWith(
                SPANISH, new Region("ES51", "Catalonia", "ES"), new Region("AT13", "Vienna", "AT"));
    }

    @Test
    void translatedTextsReplaceTheSourceAndTheOthersStayAsWrittenAndAreNamed() {
        LocalizedContent spanish = LocalizedContent.of(frozen(), "es");
        ReleaseContent.Indicator labour = spanish.content().indicators().stream()
                .filter(i -> i.code().equals("LAB-ACT-01"))
                .findFirst()
                .orElseThrow();
        assertEquals("¿Existe una estrategia?", labour.question());
        assertEquals(
                List.of("Sí, con metas", "Partly", "No"),
                labour.options().stream().map(ReleaseContent.Option::label).toList());
        assertEquals("Ámbito político", spanish.content().axes().get(0).label());
        assertEquals(
                List.of("Vienna", "Cataluña"),
                spanish.content().regions().stream()
                        .map(ReleaseContent.Region::name)
                        .toList(),
                "regions in canonical order (AT before ES), each by its Spanish name where it has one");
        assertTrue(spanish.partlyUntranslated());
        assertTrue(spanish.untranslated().contains(TextKey.guidance("LAB-ACT-01")));
        assertTrue(spanish.untranslated().contains(TextKey.option("LAB-ACT-01", "b")));
        assertFalse(
                spanish.untranslated().contains(TextKey.guidance("EDU-RES-01")), "an empty guidance is not missing");
        assertFalse(spanish.untranslated().contains(TextKey.region("AT13")), "a region's one name is not missing");
        assertTrue(spanish.untranslatedIndicator("LAB-ACT-01"));
        assertTrue(spanish.untranslatedAxis("policy_area"), "EDU has no Spanish label");
        assertTrue(spanish.untranslatedAxis("target_population"));
    }

    @Test
    void inTheSourceLanguageTheContentIsTheFrozenOneAndNothingIsMissing() {
        ReleaseContent content = frozen();
        LocalizedContent english = LocalizedContent.of(content, "en");
        assertSame(content, english.content());
        assertFalse(english.partlyUntranslated());
    }

    @Test
    void aReleaseWithoutTranslationsIsShownInItsSourceLanguageWithEverythingMarked() {
        LocalizedContent german = LocalizedContent.of(
                FrozenTranslationsTest.frozenWith(Translations.NONE, new Region("ES51", "Catalonia", "ES")), "de");
        assertEquals(
                "Is there a \"strategy\", with objectives?",
                german.content().indicators().get(0).question());
        assertTrue(german.untranslatedIndicator("EDU-RES-01"));
    }
}
