package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.regindex.platform.entity.Countries;

/** Public pages name a region's country in the reader's language instead of its code. */
class CountriesTest {

    static final Locale SPANISH = Locale.forLanguageTag("es");
    static final Locale GERMAN = Locale.GERMAN;

    @Test
    void theSevenCountriesOfTheIndexAreNamedInTheReadersLanguage() {
        assertEquals("Spain", Countries.name("ES", Locale.ENGLISH));
        assertEquals("España", Countries.name("ES", SPANISH));
        assertEquals("Österreich", Countries.name("AT", GERMAN));
        assertEquals("Suecia", Countries.name("SE", SPANISH));
        assertEquals("Belgien", Countries.name("BE", GERMAN));
    }

    @Test
    void nutsCodesForGreeceAndTheUnitedKingdomAreUnderstood() {
        assertEquals("Greece", Countries.name("EL", Locale.ENGLISH));
        assertEquals("Vereinigtes Königreich", Countries.name("UK", GERMAN));
    }

    @Test
    void aCodeThatNamesNoCountryIsShownAsItIs() {
        assertEquals("XA", Countries.name("XA", Locale.ENGLISH), "user-assigned, not the pseudo-locale");
        assertEquals("QZ", Countries.name("QZ", SPANISH));
        assertEquals("", Countries.name(null, SPANISH));
    }
}
