package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.ColumnNames;

/** Names made valid for R, Stata and SPSS: what is kept, what is replaced, and how clashes are told apart. */
class ColumnNamesTest {

    @Test
    void aValidNameIsKeptAndOtherCharactersBecomeUnderscores() {
        assertEquals("policy_area", ColumnNames.unique("policy_area", List.of()));
        assertEquals("s_area_lab", ColumnNames.unique("s_area_LAB", List.of()));
        assertEquals("area_lab", ColumnNames.unique("area:LAB", List.of()));
        assertEquals("v_2nd", ColumnNames.unique("2nd", List.of()), "a name starts with a letter");
        assertEquals("v", ColumnNames.unique("__", List.of()));
    }

    @Test
    void aLongNameIsCutToThirtyTwoCharactersAndAClashGetsANumber() {
        String name = "s_a_very_long_axis_code_of_forty_chars_abcdefghijklmnopqrst";
        assertEquals("s_a_very_long_axis_code_of_forty", ColumnNames.unique(name, List.of()));
        assertEquals(
                "s_a_very_long_axis_code_of_for_2",
                ColumnNames.unique(name, List.of("s_a_very_long_axis_code_of_forty")));
        assertEquals(
                "s_a_very_long_axis_code_of_for_3",
                ColumnNames.unique(
                        name, List.of("s_a_very_long_axis_code_of_forty", "s_a_very_long_axis_code_of_for_2")));
        assertEquals("country_2", ColumnNames.unique("country", List.of("country")));
        assertEquals(
                "abc",
                ColumnNames.unique("abc_" + "_".repeat(40) + "x", List.of()).substring(0, 3));
    }

    @Test
    void reservedWordsOfRStataAndSpssAreNeverNames() {
        for (String word : List.of("in", "if", "true", "na", "using", "with", "byte", "str12", "strl", "to", "all")) {
            assertFalse(ColumnNames.valid(word), word);
            assertTrue(ColumnNames.valid(ColumnNames.unique(word, List.of())), word);
        }
        assertEquals("in_2", ColumnNames.unique("IN", List.of()));
        assertFalse(ColumnNames.valid("trailing_"), "SPSS may make such names itself");
        assertFalse(ColumnNames.valid("Upper"), "SPSS does not tell upper from lower case");
        assertFalse(ColumnNames.valid("a".repeat(33)));
        assertTrue(ColumnNames.valid("a".repeat(32)));
    }
}
