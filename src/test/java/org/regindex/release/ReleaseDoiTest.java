package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.regindex.release.entity.DoiState;
import org.regindex.release.entity.InvalidRelease;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseDoi;
import org.regindex.release.entity.ReleaseStateConflict;

/** One DOI registration at a time; a claim a stopped server left behind runs out. */
class ReleaseDoiTest {

    static final Instant START = Instant.parse("2026-09-02T09:00:00Z");

    @Test
    void aSecondRegistrationWhileOneRunsIsRefusedAndAnAnswerEndsTheClaim() {
        Release release = ReleaseTest.published();
        ReleaseDoi doi = release.doiRecord();
        doi.claimRegistration(release.version(), START);
        ReleaseStateConflict refused = assertThrows(
                ReleaseStateConflict.class, () -> doi.claimRegistration(release.version(), START.plusSeconds(25)));
        assertTrue(
                refused.getMessage().contains("is being registered with DataCite at this moment (since 09:00:00 UTC)"),
                refused.getMessage());
        release.doiFailed("DataCite is down.");
        assertNull(doi.registrationStartedAt(), "the answer ends the claim");
        assertEquals(DoiState.FAILED, release.doiState());
        doi.claimRegistration(release.version(), START.plusSeconds(30));
        release.doiRegistered("10.5072/regindex-1.0");
        assertNull(doi.registrationStartedAt());
        assertEquals(DoiState.REGISTERED, release.doiState());
    }

    @Test
    void aClaimOlderThanItsLifetimeIsTakenForOneLeftBehind() {
        Release release = ReleaseTest.published();
        release.doiRecord().claimRegistration(release.version(), START);
        Instant later = START.plus(ReleaseDoi.CLAIM_LIFETIME);
        release.doiRecord().claimRegistration(release.version(), later);
        assertEquals(later, release.doiRecord().registrationStartedAt());
    }

    @Test
    void aDraftIsToldToPublishOnlyWhenTheDoiReadsLikeOne() {
        Release draft = ReleaseTest.draft();
        assertThrows(InvalidRelease.class, () -> draft.recordDoi("not a doi"));
        assertThrows(ReleaseStateConflict.class, () -> draft.recordDoi("10.5072/early"));
        assertNull(draft.doi());
    }
}
