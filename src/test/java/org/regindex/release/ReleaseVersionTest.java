package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.regindex.release.entity.ReleaseVersion;

/** MAJOR.MINOR: read from text, written as text, ordered as numbers; a correction is the next minor. */
class ReleaseVersionTest {

    @Test
    void aVersionIsReadAsTwoNumbers() {
        assertEquals(new ReleaseVersion(1, 0), ReleaseVersion.parse("1.0"));
        assertEquals(new ReleaseVersion(12, 34), ReleaseVersion.parse("12.34"));
        assertEquals(new ReleaseVersion(9999, 9999), ReleaseVersion.parse("9999.9999"));
    }

    @Test
    void leadingZerosAreReadAsTheNumberAndWrittenWithout() {
        assertEquals(new ReleaseVersion(2, 3), ReleaseVersion.parse("002.03"));
        assertEquals("2.3", ReleaseVersion.parse("002.03").toString());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {"", "1", "1.", ".1", "v1.0", "1.0.0", "1,0", " 1.0", "1.0 ", "-1.0", "12345.0", "1.12345", "a.b"
            })
    void anythingElseIsNoVersion(String text) {
        assertNull(ReleaseVersion.parse(text));
    }

    @Test
    void aVersionIsWrittenAsItIsRead() {
        assertEquals("3.12", new ReleaseVersion(3, 12).toString());
        assertEquals(new ReleaseVersion(3, 12), ReleaseVersion.parse(new ReleaseVersion(3, 12).toString()));
    }

    @Test
    void aCorrectionIsTheNextMinorOfTheSameMajor() {
        assertEquals(new ReleaseVersion(2, 1), new ReleaseVersion(2, 0).nextMinor());
        assertEquals(new ReleaseVersion(2, 10), new ReleaseVersion(2, 9).nextMinor());
    }

    @Test
    void versionsAreOrderedAsNumbersMajorFirst() {
        List<ReleaseVersion> versions = new ArrayList<>(List.of(
                ReleaseVersion.parse("1.10"),
                ReleaseVersion.parse("2.0"),
                ReleaseVersion.parse("1.9"),
                ReleaseVersion.parse("10.0"),
                ReleaseVersion.parse("1.0")));
        Collections.sort(versions);
        assertEquals(
                List.of("1.0", "1.9", "1.10", "2.0", "10.0"),
                versions.stream().map(ReleaseVersion::toString).toList());
        assertTrue(new ReleaseVersion(2, 0).compareTo(new ReleaseVersion(1, 99)) > 0);
        assertEquals(0, new ReleaseVersion(1, 2).compareTo(ReleaseVersion.parse("1.2")));
    }
}
