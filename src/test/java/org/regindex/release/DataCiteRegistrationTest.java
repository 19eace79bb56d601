package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regindex.release.control.DataCiteClient;
import org.regindex.release.control.DataCiteClient.Outcome;
import org.regindex.release.control.DataCiteRegistration;
import org.regindex.release.control.DataCiteRegistration.Attempt;
import org.regindex.release.entity.DataCiteNotConfigured;
import org.regindex.release.entity.DoiState;
import org.regindex.release.entity.Licence;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseEvent;
import org.regindex.release.entity.ReleaseFacts;
import org.regindex.release.entity.ReleaseState;
import org.regindex.release.entity.ReleaseStateConflict;
import org.regindex.release.entity.ReleaseVersion;

/**
 * What a registration sends and what DataCite's answer does to a release, without the container: which
 * DOI, POST or PUT, when it is refused, and the state and audit event each outcome leaves.
 */
class DataCiteRegistrationTest {

    static final String PREFIX = "10.5072";

    private static Attempt plan(Release release) {
        ReleaseFacts facts = TestFacts.published();
        return DataCiteRegistration.plan(release, PREFIX, ReleaseDiffTest.FIRST, facts);
    }

    @Test
    void aReleaseWithoutDoiGetsOneUnderThePrefixFromItsVersionAndDigestAndIsPosted() {
        Release release = ReleaseTest.published();
        Attempt attempt = plan(release);
        assertEquals("10.5072/regindex-2.1-ab12", attempt.doi(), "a digest shorter than 8 digits is taken whole");
        assertFalse(attempt.update(), "a first registration is a POST");
        assertEquals("https://regindex.example/releases/1.0", attempt.url(), "the landing page of the facts");
        assertTrue(
                attempt.xml().contains("<identifier identifierType=\"DOI\">10.5072/regindex-2.1-ab12</identifier>"),
                "the metadata sent names the DOI being registered, not the landing page");
        assertNull(release.doi(), "nothing is stored before DataCite answers");
    }

    @Test
    void aRecordedDoiIsTheOneRegisteredAndIsPut() {
        Release release = ReleaseTest.published();
        release.recordDoi("https://doi.org/10.5072/Manual.7");
        Attempt attempt = plan(release);
        assertEquals("10.5072/Manual.7", attempt.doi());
        assertTrue(attempt.update(), "DataCite may know a recorded DOI: PUT at its address");
    }

    @Test
    void aRetryAfterAFailurePutsTheSameDoiSoAnEarlierUnansweredRegistrationIsNotRefusedAsTaken() {
        Release release = ReleaseTest.published();
        Attempt first = plan(release);
        DataCiteRegistration.apply(release, new Outcome(false, first.doi(), "DataCite did not answer within 20 s."));
        Attempt retry = plan(release);
        assertEquals(first.doi(), retry.doi());
        assertTrue(retry.update());
    }

    @Test
    void draftsWithdrawnReleasesRegisteredDoisAndForeignPrefixesAreRefused() {
        assertThrows(ReleaseStateConflict.class, () -> plan(ReleaseTest.draft()));
        Release withdrawn = ReleaseTest.published();
        withdrawn.withdraw("Wrong scores.", ReleaseTest.WITHDRAWN);
        assertThrows(ReleaseStateConflict.class, () -> plan(withdrawn));
        Release registered = ReleaseTest.published();
        registered.doiRegistered("10.5072/regindex-2.1-ab12");
        assertTrue(assertThrows(ReleaseStateConflict.class, () -> plan(registered))
                .getMessage()
                .contains("registered already"));
        Release foreign = ReleaseTest.published();
        foreign.recordDoi("10.5281/zenodo.1234567");
        assertTrue(assertThrows(ReleaseStateConflict.class, () -> plan(foreign))
                .getMessage()
                .contains("not under the prefix 10.5072"));
    }

    @Test
    void successStoresTheDoiAsDataCiteAnsweredItAndClearsAnEarlierFailure() {
        Release release = ReleaseTest.published();
        DataCiteRegistration.apply(release, new Outcome(false, "10.5072/x", "DataCite answered 500."));
        assertEquals(DoiState.FAILED, release.doiState());
        assertEquals("DataCite answered 500.", release.doiMessage());

        assertEquals(
                Optional.of(ReleaseEvent.RELEASE_DOI_REGISTERED),
                DataCiteRegistration.apply(release, new Outcome(true, "10.5072/regindex-2.1-ab12", null)));
        assertEquals(DoiState.REGISTERED, release.doiState());
        assertEquals("10.5072/regindex-2.1-ab12", release.doi());
        assertNull(release.doiMessage());
    }

    @Test
    void aFailureLeavesTheReleasePublishedWithDataCitesSentenceAndNoDoi() {
        Release release = ReleaseTest.published();
        assertEquals(
                Optional.of(ReleaseEvent.RELEASE_DOI_FAILED),
                DataCiteRegistration.apply(
                        release,
                        new Outcome(
                                false,
                                "10.5072/regindex-2.1-ab12",
                                "DataCite refused the DOI 10.5072/regindex-2.1-ab12 (422): doi: This DOI has already"
                                        + " been taken.")));
        assertEquals("PUBLISHED", release.state().name());
        assertEquals(DoiState.FAILED, release.doiState());
        assertNull(release.doi(), "a DOI DataCite did not register is not cited");
        assertTrue(release.doiMessage().contains("already been taken"));
    }

    @Test
    void aFailureNeverUndoesARegistration() {
        Release release = ReleaseTest.published();
        release.doiRegistered("10.5072/regindex-2.1-ab12");
        assertEquals(
                Optional.empty(),
                DataCiteRegistration.apply(release, new Outcome(false, "10.5072/regindex-2.1-ab12", "Taken.")));
        assertEquals(DoiState.REGISTERED, release.doiState());
        assertEquals("10.5072/regindex-2.1-ab12", release.doi());
    }

    @Test
    void aRecordedDoiThatFailsToRegisterStaysRecordedAndCited() {
        Release release = ReleaseTest.published();
        release.recordDoi("10.5072/manual.7");
        DataCiteRegistration.apply(release, new Outcome(false, "10.5072/manual.7", "Not allowed."));
        assertEquals(DoiState.FAILED, release.doiState());
        assertEquals("10.5072/manual.7", release.doi());
        release.recordDoi("10.5072/manual.8");
        assertEquals(DoiState.RECORDED, release.doiState(), "a failed one can still be corrected by hand");
    }

    @Test
    void withoutDataCiteARegistrationIsAConflictThatNamesTheKeys() {
        DataCiteNotConfigured refused = assertThrows(
                DataCiteNotConfigured.class,
                () -> DataCiteRegistration.requireConfigured(
                        new DataCiteClient.Settings("https://api.test.datacite.org", "", "", "")));
        assertEquals(409, refused.kind().status);
        assertTrue(refused.getMessage().contains("DATACITE_PREFIX"), refused.getMessage());
        DataCiteRegistration.requireConfigured(new DataCiteClient.Settings("http://localhost:1", "R", "p", PREFIX));
    }

    @Test
    void theSuffixIsTheVersionAndTheDigestsFirstEightDigits() {
        Release release = new Release(
                ReleaseTest.HEADER,
                new ReleaseVersion(3, 0),
                "",
                "f122a7b3c4d5e6f7",
                ReleaseTest.FROZEN,
                "coordinator",
                Licence.CC0_1_0,
                null);
        assertEquals("regindex-3.0-f122a7b3", DataCiteRegistration.suffix(release));
    }

    @Test
    void aWithdrawalUpdatesTheRegisteredDoisMetadataWithItsWithdrawnDateAndNothingElseIsSent() {
        Release release = ReleaseTest.published();
        ReleaseFacts published = TestFacts.published();
        ReleaseFacts withdrawn = new ReleaseFacts(
                published.version(),
                published.digest(),
                ReleaseState.WITHDRAWN,
                published.frozenAt(),
                published.publishedAt(),
                ReleaseTest.WITHDRAWN,
                "Wrong scores.",
                null,
                Licence.CC_BY_4_0,
                published.credit(),
                "10.5072/regindex-2.1-ab12",
                published.site());
        release.withdraw("Wrong scores.", ReleaseTest.WITHDRAWN);
        assertTrue(
                DataCiteRegistration.planWithdrawal(release, ReleaseDiffTest.FIRST, withdrawn)
                        .isEmpty(),
                "a DOI that was never registered is not DataCite's to update");

        Release registered = ReleaseTest.published();
        registered.doiRegistered("10.5072/regindex-2.1-ab12");
        assertTrue(
                DataCiteRegistration.planWithdrawal(registered, ReleaseDiffTest.FIRST, published)
                        .isEmpty(),
                "a published release has nothing to tell");
        registered.withdraw("Wrong scores.", ReleaseTest.WITHDRAWN);
        Attempt update = DataCiteRegistration.planWithdrawal(registered, ReleaseDiffTest.FIRST, withdrawn)
                .orElseThrow();
        assertEquals("10.5072/regindex-2.1-ab12", update.doi());
        assertTrue(update.update(), "the DOI exists at DataCite: PUT at its address");
        assertTrue(update.xml().contains("dateType=\"Withdrawn\""), update.xml());
        assertEquals(DoiState.REGISTERED, registered.doiState());
    }
}
