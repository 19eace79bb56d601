package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.CodebookContent;
import org.regindex.codebook.entity.Indicator;
import org.regindex.codebook.entity.IndicatorTexts;
import org.regindex.codebook.entity.TextKey;
import org.regindex.codebook.entity.Translations;

/** What an expert reads of an indicator in their language, and when the page offers the original or says a text is missing. */
class IndicatorTextsTest {

    static Indicator labourIndicator(Translations translations) {
        CodebookContent small = CodebookLayoutTest.SMALL;
        return new Codebook(
                        "small",
                        1,
                        "Small",
                        new CodebookContent(small.axes(), small.indicators(), translations),
                        Instant.EPOCH,
                        "coordinator")
                .indicator("LAB-ACT-01")
                .orElseThrow();
    }

    static final Translations GERMAN = Translations.builder("en")
            .put("de", TextKey.question("LAB-ACT-01"), "Gibt es eine „Strategie“ mit Zielen?")
            .put("de", TextKey.guidance("LAB-ACT-01"), "Schauen Sie in den Regionalplan.")
            .put("de", TextKey.option("LAB-ACT-01", "a"), "Ja, mit Zielen")
            .put("de", TextKey.option("LAB-ACT-01", "b"), "Teilweise")
            .put("de", TextKey.option("LAB-ACT-01", "c"), "Nein")
            .build();

    @Test
    void aFullyTranslatedIndicatorShowsTheTranslationAndOffersTheOriginal() {
        IndicatorTexts texts = IndicatorTexts.of(labourIndicator(GERMAN), "de");
        assertEquals("Gibt es eine „Strategie“ mit Zielen?", texts.question().text());
        assertEquals(
                "Is there a \"strategy\", with objectives?", texts.question().original());
        assertEquals("Teilweise", texts.option("b"));
        assertTrue(texts.offersOriginal());
        assertFalse(texts.partlyUntranslated());
    }

    @Test
    void aMissingTranslationShowsTheSourceTextAndSaysSo() {
        Translations questionOnly = Translations.builder("en")
                .put("de", TextKey.question("LAB-ACT-01"), "Gibt es eine Strategie?")
                .build();
        IndicatorTexts texts = IndicatorTexts.of(labourIndicator(questionOnly), "de");
        assertEquals("Yes, with targets", texts.option("a"));
        assertTrue(texts.offersOriginal());
        assertTrue(texts.partlyUntranslated());
    }

    @Test
    void inTheSourceLanguageNothingIsMissingAndThereIsNoOriginalToOffer() {
        IndicatorTexts texts = IndicatorTexts.of(labourIndicator(GERMAN), "en");
        assertEquals(
                "Is there a \"strategy\", with objectives?", texts.question().text());
        assertFalse(texts.offersOriginal());
        assertFalse(texts.partlyUntranslated());
    }

    @Test
    void aLanguageWithoutAnyTranslationShowsTheSourceAndSaysSo() {
        IndicatorTexts texts = IndicatorTexts.of(labourIndicator(GERMAN), "sv");
        assertFalse(texts.offersOriginal());
        assertTrue(texts.partlyUntranslated());
    }
}
