package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.regindex.release.control.NextVersion;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseStateConflict;
import org.regindex.release.entity.ReleaseVersion;

/** A cycle's first release starts the next major; each one after it corrects the newest; one draft at a time. */
class NextVersionTest {

    @Test
    void theFirstReleaseOfACycleTakesTheMajorAfterTheHighestOfAllReleases() {
        assertEquals(new ReleaseVersion(8, 0), NextVersion.of(List.of(), () -> 7));
    }

    @Test
    void theVeryFirstReleaseIsOnePointZero() {
        assertEquals(new ReleaseVersion(1, 0), NextVersion.of(List.of(), () -> null));
    }

    @Test
    void aLaterReleaseOfTheCycleCorrectsItsNewestWithoutAskingForTheHighestMajor() {
        AtomicInteger asked = new AtomicInteger();
        Release published = ReleaseTest.published();
        assertEquals(new ReleaseVersion(2, 2), NextVersion.of(List.of(published), () -> {
            asked.incrementAndGet();
            return 9;
        }));
        assertEquals(0, asked.get());
    }

    @Test
    void aWithdrawnReleaseIsCorrectedLikeAPublishedOne() {
        Release withdrawn = ReleaseTest.published();
        withdrawn.withdraw("A coding error in ADI-ACR-01.", ReleaseTest.WITHDRAWN);
        assertEquals(new ReleaseVersion(2, 2), NextVersion.of(List.of(withdrawn), () -> 9));
    }

    @Test
    void aCycleWithADraftGetsNoOtherUntilTheDraftIsPublishedOrDiscarded() {
        ReleaseStateConflict refused =
                assertThrows(ReleaseStateConflict.class, () -> NextVersion.of(List.of(ReleaseTest.draft()), () -> 9));
        assertEquals(
                "Release 2.1 of this cycle is still a draft: publish or discard it before freezing another.",
                refused.getMessage());
    }
}
