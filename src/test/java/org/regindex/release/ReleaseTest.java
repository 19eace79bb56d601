package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.regindex.platform.entity.Refusal.Kind;
import org.regindex.release.control.Releases;
import org.regindex.release.entity.InvalidRelease;
import org.regindex.release.entity.Licence;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.ReleaseState;
import org.regindex.release.entity.ReleaseStateConflict;
import org.regindex.release.entity.ReleaseVersion;

/** A release goes DRAFT -> PUBLISHED -> WITHDRAWN, forward only; repeating a step changes nothing. */
public class ReleaseTest {

    static final ReleaseContent.Header HEADER = new ReleaseContent.Header(
            "2.1",
            "Regindex 2026, corrected",
            "Two regions fixed.",
            "2026",
            "Round 2026",
            "mipex-r",
            3,
            "MIPEX-R",
            "MEAN_OF_FIRST_AXIS_MEANS",
            "2.0");
    static final Instant FROZEN = Instant.parse("2026-09-01T08:00:00Z");
    static final Instant PUBLISHED = Instant.parse("2026-09-02T08:00:00Z");
    static final Instant WITHDRAWN = Instant.parse("2026-10-01T08:00:00Z");

    public static Release draft() {
        return new Release(
                HEADER,
                new ReleaseVersion(2, 1),
                "Release 2.1 corrects 2.0.\n",
                "ab12",
                FROZEN,
                "coordinator",
                Licence.CC_BY_4_0,
                null);
    }

    public static Release published() {
        Release release = draft();
        release.publish(PUBLISHED);
        return release;
    }

    @Test
    void aNewReleaseIsADraftNamedByItsNumber() {
        Release release = draft();
        assertEquals(ReleaseState.DRAFT, release.state());
        assertEquals("2.1", release.version());
        assertEquals(new ReleaseVersion(2, 1), release.number());
        assertEquals("mipex-r v3", release.codebookReference());
        assertNull(release.publishedAt());
        assertNull(release.withdrawnAt());
    }

    @Test
    void theHeaderReadBackIsTheHeaderItWasFrozenWith() {
        assertEquals(HEADER, Releases.header(draft()));
    }

    @Test
    void publishingADraftMakesItPublicOnceAndForAll() {
        Release release = draft();
        assertTrue(release.publish(PUBLISHED));
        assertEquals(ReleaseState.PUBLISHED, release.state());
        assertEquals(PUBLISHED, release.publishedAt());
        assertFalse(release.publish(WITHDRAWN), "publishing again changes nothing");
        assertEquals(PUBLISHED, release.publishedAt());
    }

    @Test
    void aDraftIsDiscardedNotWithdrawn() {
        Release release = draft();
        ReleaseStateConflict refused =
                assertThrows(ReleaseStateConflict.class, () -> release.withdraw("Wrong data.", WITHDRAWN));
        assertEquals(Kind.CONFLICT, refused.kind());
        assertEquals("Release 2.1 is a draft: discard it instead of withdrawing it.", refused.getMessage());
        assertEquals(ReleaseState.DRAFT, release.state());
    }

    @Test
    void withdrawingKeepsTheReasonStrippedAndIsDoneOnce() {
        Release release = published();
        assertTrue(release.withdraw("  Campania's answers were from the wrong year.\n", WITHDRAWN));
        assertEquals(ReleaseState.WITHDRAWN, release.state());
        assertEquals("Campania's answers were from the wrong year.", release.withdrawnReason());
        assertEquals(WITHDRAWN, release.withdrawnAt());
        assertFalse(release.withdraw("Another reason.", PUBLISHED), "withdrawing again changes nothing");
        assertEquals("Campania's answers were from the wrong year.", release.withdrawnReason());
        assertEquals(WITHDRAWN, release.withdrawnAt());
        assertEquals(PUBLISHED, release.publishedAt(), "the publication date stays on the listing");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  \n "})
    void withdrawingNeedsAReason(String reason) {
        Release release = published();
        InvalidRelease refused = assertThrows(InvalidRelease.class, () -> release.withdraw(reason, WITHDRAWN));
        assertEquals(Kind.INVALID, refused.kind());
        assertEquals("Say why release 2.1 is withdrawn; the reason stays on its page.", refused.getMessage());
        assertEquals(ReleaseState.PUBLISHED, release.state());
    }

    @Test
    void aReasonHasAtMost2000CharactersOnceStripped() {
        Release release = published();
        InvalidRelease refused =
                assertThrows(InvalidRelease.class, () -> release.withdraw("r".repeat(2001), WITHDRAWN));
        assertEquals(Kind.INVALID, refused.kind());
        assertEquals(ReleaseState.PUBLISHED, release.state());
        assertTrue(release.withdraw("  " + "r".repeat(2000) + "  ", WITHDRAWN));
        assertEquals(2000, release.withdrawnReason().length());
    }

    @Test
    void aWithdrawnReleaseIsNeverPublishedAgain() {
        Release release = published();
        release.withdraw("Wrong data.", WITHDRAWN);
        ReleaseStateConflict refused = assertThrows(ReleaseStateConflict.class, () -> release.publish(WITHDRAWN));
        assertEquals(Kind.CONFLICT, refused.kind());
        assertEquals("Release 2.1 is withdrawn; it cannot be published again.", refused.getMessage());
        assertEquals(ReleaseState.WITHDRAWN, release.state());
    }
}
