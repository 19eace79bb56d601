package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.regindex.release.entity.DoiState;
import org.regindex.release.entity.InvalidRelease;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseStateConflict;

/** The DOI a coordinator records for a release, and what DataCite's answer does to it. */
class ReleaseDoiTest {

    @Test
    void aDoiIsRecordedWithoutItsResolverPrefixAndOnlyOnce() {
        Release release = ReleaseTest.published();
        assertTrue(release.recordDoi(" https://doi.org/10.5281/zenodo.1234567 "));
        assertEquals("10.5281/zenodo.1234567", release.doi());
        assertEquals(DoiState.RECORDED, release.doiState());
        assertFalse(release.recordDoi("doi:10.5281/zenodo.1234567"), "the same DOI again changes nothing");
        assertTrue(release.recordDoi("10.5281/zenodo.7654321"), "a typo can be corrected until it is registered");
    }

    @Test
    void somethingThatIsNotADoiIsRefused() {
        Release release = ReleaseTest.published();
        for (String wrong : new String[] {"", "zenodo.1234567", "10.12/x", "10.5281/", "10.5281/a b"}) {
            assertThrows(InvalidRelease.class, () -> release.recordDoi(wrong), wrong);
        }
        assertEquals(DoiState.NONE, release.doiState());
    }

    @Test
    void aDraftGetsNoDoiAndARegisteredDoiNeverChanges() {
        ReleaseStateConflict draft = assertThrows(
                ReleaseStateConflict.class, () -> ReleaseTest.draft().recordDoi("10.5281/zenodo.1"));
        assertEquals("Release 2.1 is a draft: publish it before it gets a DOI.", draft.getMessage());
        Release release = ReleaseTest.published();
        release.doiRegistered("10.5072/regindex.2-1");
        assertThrows(ReleaseStateConflict.class, () -> release.recordDoi("10.5072/other"));
        assertFalse(release.recordDoi("10.5072/regindex.2-1"));
        assertEquals(DoiState.REGISTERED, release.doiState());
    }

    @Test
    void aFailedRegistrationKeepsDataCitesSentenceAndTheReleasePublished() {
        Release release = ReleaseTest.published();
        release.doiFailed("DOI 10.5072/x: This DOI has already been taken");
        assertEquals(DoiState.FAILED, release.doiState());
        assertEquals("DOI 10.5072/x: This DOI has already been taken", release.doiMessage());
        assertEquals("PUBLISHED", release.state().name());
        release.doiFailed("x".repeat(3000));
        assertEquals(Release.REASON_MAX, release.doiMessage().length());
    }
}
