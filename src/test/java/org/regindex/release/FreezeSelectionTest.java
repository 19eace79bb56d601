package org.regindex.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regindex.release.control.FreezeSelection;
import org.regindex.release.control.FreezeSelection.Readiness;
import org.regindex.release.entity.InvalidRelease;
import org.regindex.release.entity.QuestionnairesNotApproved;

class FreezeSelectionTest {

    private static final List<Readiness> CYCLE = List.of(
            new Readiness("ES51", "Catalonia", "APPROVED"),
            new Readiness("ITF3", "Campania", "CHANGES_REQUESTED"),
            new Readiness("AT13", "Vienna", "APPROVED"));

    @Test
    void withoutNamedRegionsEveryApprovedOneGoesIn() {
        assertEquals(Set.of("ES51", "AT13"), FreezeSelection.regions("2026", CYCLE, List.of()));
        assertEquals(Set.of("ES51", "AT13"), FreezeSelection.regions("2026", CYCLE, null));
    }

    @Test
    void namedRegionsGoInWhenApproved() {
        assertEquals(Set.of("AT13"), FreezeSelection.regions("2026", CYCLE, List.of("AT13")));
    }

    @Test
    void aRegionNotApprovedIsRefusedWithItsState() {
        QuestionnairesNotApproved refused = assertThrows(
                QuestionnairesNotApproved.class, () -> FreezeSelection.regions("2026", CYCLE, List.of("ES51", "ITF3")));
        assertEquals(
                "Only approved questionnaires go into a release; not approved: ITF3 (changes requested).",
                refused.getMessage());
    }

    @Test
    void aRegionOutsideTheCycleIsInvalid() {
        InvalidRelease refused = assertThrows(
                InvalidRelease.class, () -> FreezeSelection.regions("2026", CYCLE, List.of("SE11", "DE30")));
        assertEquals("Not in cycle 2026: DE30, SE11.", refused.getMessage());
    }

    @Test
    void aCycleWithNothingApprovedHasNothingToFreeze() {
        List<Readiness> nothing = List.of(new Readiness("ES51", "Catalonia", "SUBMITTED"));
        QuestionnairesNotApproved refused = assertThrows(
                QuestionnairesNotApproved.class, () -> FreezeSelection.regions("2026", nothing, List.of()));
        assertEquals("No questionnaire of cycle 2026 is approved yet.", refused.getMessage());
    }

    @Test
    void theTitleIsTheCyclesNameUnlessOneIsGivenAndHasAtMost300Characters() {
        assertEquals("2026 round", FreezeSelection.title(null, "2026 round"));
        assertEquals("2026 round", FreezeSelection.title("  ", "2026 round"));
        assertEquals("Corrected", FreezeSelection.title("  Corrected ", "2026 round"));
        assertEquals(300, FreezeSelection.title("x".repeat(300), "2026 round").length());
        assertThrows(InvalidRelease.class, () -> FreezeSelection.title("x".repeat(301), "2026 round"));
    }
}
