package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.CycleStatus;
import org.regindex.codebook.entity.DeadlineStep;
import org.regindex.codebook.entity.InvalidCodebook;
import org.regindex.codebook.entity.InvalidCycle;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.entity.Refusal;

class CycleTest {

    static final Codebook CODEBOOK =
            new Codebook("test", 1, "Test", CodebookLayoutTest.SMALL, Instant.EPOCH, "coordinator");
    static final LocalDate DEADLINE = LocalDate.of(2027, 3, 31);

    @Test
    void aNewCycleIsOpenOnItsCodebook() {
        Cycle cycle = new Cycle("2026", " Round 2026 ", CODEBOOK, DEADLINE);
        assertEquals(CycleStatus.OPEN, cycle.status());
        assertEquals("Round 2026", cycle.name());
        cycle.close();
        assertFalse(cycle.isOpen());
        cycle.open();
        assertTrue(cycle.isOpen());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 2026", "round 2026", "a/b"})
    void cycleCodesAreShortAndPlain(String code) {
        assertThrows(InvalidCycle.class, () -> new Cycle(code, "Round", CODEBOOK, DEADLINE));
    }

    @Test
    void aCycleNeedsANameAndADeadline() {
        assertEquals(
                "A cycle needs a name.",
                assertThrows(InvalidCycle.class, () -> new Cycle("x", " ", CODEBOOK, DEADLINE))
                        .getMessage());
        assertEquals(
                "A cycle needs a deadline.",
                assertThrows(InvalidCycle.class, () -> new Cycle("x", "Round", CODEBOOK, null))
                        .getMessage());
        assertThrows(InvalidCycle.class, () -> new Cycle("x", "n".repeat(201), CODEBOOK, DEADLINE));
    }

    @Test
    void aRegionIsInACycleAtMostOnce() {
        Cycle cycle = new Cycle("2026", "Round", CODEBOOK, DEADLINE);
        Region catalonia = new Region("ES51", "Catalonia", "ES");
        cycle.include(catalonia);
        InvalidCycle twice = assertThrows(InvalidCycle.class, () -> cycle.include(catalonia));
        assertEquals(Refusal.Kind.CONFLICT, twice.kind());
        cycle.exclude(catalonia);
        assertEquals(
                Refusal.Kind.NOT_FOUND,
                assertThrows(InvalidCycle.class, () -> cycle.exclude(catalonia)).kind());
    }

    @Test
    void regionsAreListedByCountryThenCode() {
        Cycle cycle = new Cycle("2026", "Round", CODEBOOK, DEADLINE);
        List.of(
                        new Region("SE22", "South Sweden", "SE"),
                        new Region("ES51", "Catalonia", "ES"),
                        new Region("AT13", "Vienna", "AT"))
                .forEach(cycle::include);
        assertEquals(
                List.of("AT13", "ES51", "SE22"),
                cycle.regions().stream().map(Region::code).toList());
    }

    @Test
    void anAssignmentNeedsTheRegionInTheCycleAUserNameAndARole() {
        Cycle cycle = new Cycle("2026", "Round", CODEBOOK, DEADLINE);
        Region campania = new Region("ITF3", "Campania", "IT");
        assertEquals(
                "The region ITF3 is not in cycle 2026; add it to the cycle before assigning people to it.",
                assertThrows(
                                InvalidCycle.class,
                                () -> new Assignment(cycle, campania, "expert2", AssignmentRole.EXPERT))
                        .getMessage());
        cycle.include(campania);
        assertThrows(InvalidCycle.class, () -> new Assignment(cycle, campania, "two words", AssignmentRole.EXPERT));
        assertThrows(InvalidCycle.class, () -> new Assignment(cycle, campania, "expert2", null));
        assertEquals("expert2", new Assignment(cycle, campania, "expert2", AssignmentRole.EXPERT).username());
    }

    @Test
    void codebookCodesAndTitlesAreChecked() {
        assertThrows(
                InvalidCodebook.class,
                () -> new Codebook("MIPEX", 1, "T", CodebookLayoutTest.SMALL, Instant.EPOCH, "c"));
        assertThrows(
                InvalidCodebook.class,
                () -> new Codebook("mipex", 1, " ", CodebookLayoutTest.SMALL, Instant.EPOCH, "c"));
        assertEquals(
                "mipex-r v3",
                new Codebook("mipex-r", 3, "T", CodebookLayoutTest.SMALL, Instant.EPOCH, "c").reference());
    }

    @Test
    void aCodebookGivesBackTheContentItWasMadeOf() {
        assertEquals(CodebookLayoutTest.SMALL, CODEBOOK.content());
        assertEquals(
                "LAB",
                CODEBOOK.indicator("LAB-ACT-01")
                        .orElseThrow()
                        .categoryOn("policy_area")
                        .code());
        assertEquals(
                50,
                CODEBOOK.indicator("LAB-ACT-01")
                        .orElseThrow()
                        .option("b")
                        .orElseThrow()
                        .score());
    }

    @Test
    void reviewAndApprovalDeadlinesFollowTheStepBeforeUnlessSetAndNeverComeBeforeIt() {
        Cycle cycle = new Cycle("2026", "Round", CODEBOOK, DEADLINE);
        assertEquals(DEADLINE, cycle.deadlineFor(DeadlineStep.APPROVAL), "no deadlines of their own: the submission's");
        assertTrue(cycle.deadline(DeadlineStep.REVIEW).isEmpty());

        LocalDate review = DEADLINE.plusDays(14);
        cycle.schedule(DEADLINE, review, null);
        assertEquals(review, cycle.deadlineFor(DeadlineStep.APPROVAL));
        cycle.schedule(DEADLINE, null, DEADLINE.plusDays(30));
        assertEquals(DEADLINE, cycle.deadlineFor(DeadlineStep.REVIEW));
        assertEquals(DEADLINE.plusDays(30), cycle.deadlineFor(DeadlineStep.APPROVAL));
        cycle.schedule(DEADLINE, DEADLINE, DEADLINE);

        assertEquals(
                "The review deadline (2027-03-30) must not come before the submission deadline (2027-03-31).",
                assertThrows(InvalidCycle.class, () -> cycle.schedule(DEADLINE, DEADLINE.minusDays(1), null))
                        .getMessage());
        assertEquals(
                "The approval deadline (2027-04-13) must not come before the review deadline (2027-04-14).",
                assertThrows(InvalidCycle.class, () -> cycle.schedule(DEADLINE, review, review.minusDays(1)))
                        .getMessage());
        cycle.schedule(DEADLINE, review, null);
        assertThrows(InvalidCycle.class, () -> cycle.moveDeadline(review.plusDays(1)), "past the review deadline");
        assertEquals(DEADLINE, cycle.deadline(), "a refused schedule changes nothing");
    }

    @Test
    void remindersStartZeroToSixtyDaysBeforeADeadlineOrNotAtAll() {
        Cycle cycle = new Cycle("2026", "Round", CODEBOOK, DEADLINE);
        assertTrue(cycle.reminderDays().isEmpty(), "a new cycle sends no reminders until asked");
        cycle.remindDaysBefore(0);
        cycle.remindDaysBefore(60);
        assertEquals(60, cycle.reminderDays().orElseThrow());
        assertEquals(
                "Reminders start 0 to 60 days before a deadline, not -1.",
                assertThrows(InvalidCycle.class, () -> cycle.remindDaysBefore(-1))
                        .getMessage());
        assertThrows(InvalidCycle.class, () -> cycle.remindDaysBefore(61));
        cycle.remindDaysBefore(null);
        assertTrue(cycle.reminderDays().isEmpty());
    }
}
