package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regindex.codebook.entity.InvalidRegion;
import org.regindex.codebook.entity.Region;

class RegionTest {

    @ParameterizedTest
    @ValueSource(strings = {"ES", "ES5", "ES51", "ITC4", "DEA", "SE224"})
    void nutsCodesOfEveryLevelAreAccepted(String code) {
        assertEquals(code, new Region(code, "Somewhere", code.substring(0, 2)).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "E", "es51", "ES-51", "ES5123", " ES51", "1S51"})
    void otherCodesAreRefusedWithTheRuleInTheMessage(String code) {
        InvalidRegion refused = assertThrows(InvalidRegion.class, () -> new Region(code, "Somewhere", "ES"));
        assertEquals(
                "The region code \"" + code
                        + "\" is not a NUTS code: two capital letters, then up to three capital letters or digits (e.g. ES51).",
                refused.getMessage());
    }

    @Test
    void aNameIsRequiredAndLimited() {
        assertThrows(InvalidRegion.class, () -> new Region("ES51", " ", "ES"));
        assertThrows(InvalidRegion.class, () -> new Region("ES51", null, "ES"));
        assertThrows(InvalidRegion.class, () -> new Region("ES51", "x".repeat(201), "ES"));
        assertEquals(200, new Region("ES51", "x".repeat(200), "ES").name().length());
        assertEquals("Catalonia", new Region("ES51", "  Catalonia ", "ES").name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "E", "es", "ESP"})
    void theCountryIsTwoCapitalLetters(String country) {
        assertThrows(InvalidRegion.class, () -> new Region("ES51", "Catalonia", country));
    }
}
