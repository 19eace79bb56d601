package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.IndicatorFilterTest;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.DeadlineStep;
import org.regindex.codebook.entity.Region;
import org.regindex.questionnaire.control.ReminderPlan;
import org.regindex.questionnaire.control.ReminderPlan.Reminder;
import org.regindex.questionnaire.control.ReminderPlan.Waiting;
import org.regindex.questionnaire.entity.QuestionnaireState;
import org.regindex.questionnaire.entity.ReminderKind;

class ReminderPlanTest {

    static final LocalDate SUBMISSION = LocalDate.of(2027, 3, 31);
    static final LocalDate REVIEW = LocalDate.of(2027, 4, 15);
    static final Region CATALONIA = new Region("ES51", "Catalonia", "ES");
    static final Region ANDALUSIA = new Region("ES61", "Andalusia", "ES");
    static final Region SKANE = new Region("SE22", "South Sweden", "SE");
    static final List<String> COORDINATORS = List.of("clara");

    private static Cycle cycle(Integer reminderDays) {
        Cycle cycle = new Cycle("2027", "2027 round", IndicatorFilterTest.CODEBOOK, SUBMISSION);
        cycle.schedule(SUBMISSION, REVIEW, null);
        cycle.remindDaysBefore(reminderDays);
        return cycle;
    }

    private static final List<Waiting> ROUND = List.of(
            new Waiting(CATALONIA, QuestionnaireState.IN_PROGRESS, List.of("elena"), List.of("rita")),
            new Waiting(ANDALUSIA, QuestionnaireState.NOT_STARTED, List.of("elena", "ana"), List.of("rita")),
            new Waiting(SKANE, QuestionnaireState.SUBMITTED, List.of("sven"), List.of("rita")));

    @Test
    void aReminderComesFromTheChosenDayBeforeTheDeadlineAndOverdueAfterIt() {
        assertEquals(Optional.empty(), ReminderPlan.kind(SUBMISSION.minusDays(4), SUBMISSION, 3));
        assertEquals(Optional.of(ReminderKind.BEFORE), ReminderPlan.kind(SUBMISSION.minusDays(3), SUBMISSION, 3));
        assertEquals(Optional.of(ReminderKind.BEFORE), ReminderPlan.kind(SUBMISSION, SUBMISSION, 3), "due today");
        assertEquals(Optional.of(ReminderKind.OVERDUE), ReminderPlan.kind(SUBMISSION.plusDays(1), SUBMISSION, 3));
        assertEquals(Optional.of(ReminderKind.BEFORE), ReminderPlan.kind(SUBMISSION, SUBMISSION, 0));
        assertEquals(Optional.empty(), ReminderPlan.kind(SUBMISSION.minusDays(1), SUBMISSION, 0));
    }

    @Test
    void eachPersonGetsOneReminderPerStepNamingEveryRegionWaitingForThem() {
        List<Reminder> due = ReminderPlan.due(cycle(3), ROUND, COORDINATORS, SUBMISSION.minusDays(1));
        assertEquals(
                List.of("elena SUBMISSION BEFORE 2027-03-31 ES51 ES61", "ana SUBMISSION BEFORE 2027-03-31 ES61"),
                describe(due),
                "the reviewer's deadline is weeks away");

        assertEquals(
                List.of(
                        "elena SUBMISSION OVERDUE 2027-03-31 ES51 ES61",
                        "ana SUBMISSION OVERDUE 2027-03-31 ES61",
                        "rita REVIEW BEFORE 2027-04-15 SE22"),
                describe(ReminderPlan.due(cycle(14), ROUND, COORDINATORS, SUBMISSION.plusDays(2))));
    }

    @Test
    void coordinatorsAreRemindedOfReviewedQuestionnairesAndNobodyOfApprovedOnes() {
        List<Waiting> round = List.of(
                new Waiting(CATALONIA, QuestionnaireState.REVIEWED, List.of("elena"), List.of("rita")),
                new Waiting(SKANE, QuestionnaireState.APPROVED, List.of("sven"), List.of("rita")));
        assertEquals(
                List.of("clara APPROVAL OVERDUE 2027-04-15 ES51"),
                describe(ReminderPlan.due(cycle(3), round, COORDINATORS, REVIEW.plusDays(1))),
                "without an approval deadline of its own, approval follows the review deadline");
    }

    @Test
    void withACountryLevelItsLeadsAreRemindedOfReviewedQuestionnairesAndCoordinatorsOfWhatTheyApproved() {
        List<Waiting> round = List.of(
                new Waiting(
                        CATALONIA, QuestionnaireState.REVIEWED, List.of("elena"), List.of("rita"), List.of("lucia")),
                new Waiting(
                        ANDALUSIA,
                        QuestionnaireState.COUNTRY_APPROVED,
                        List.of("ana"),
                        List.of("rita"),
                        List.of("lucia")),
                new Waiting(SKANE, QuestionnaireState.REVIEWED, List.of("sven"), List.of("rita")));
        assertEquals(
                List.of("lucia APPROVAL OVERDUE 2027-04-15 ES51", "clara APPROVAL OVERDUE 2027-04-15 ES61 SE22"),
                describe(ReminderPlan.due(cycle(3), round, COORDINATORS, REVIEW.plusDays(1))),
                "a country nobody leads waits for the coordinators");
    }

    @Test
    void aClosedCycleOrOneWithoutRemindersRemindsNobody() {
        LocalDate late = REVIEW.plusDays(10);
        assertEquals(List.of(), ReminderPlan.due(cycle(null), ROUND, COORDINATORS, late));
        Cycle closed = cycle(3);
        closed.close();
        assertEquals(List.of(), ReminderPlan.due(closed, ROUND, COORDINATORS, late));
    }

    @Test
    void byHandRemindsEveryoneWaitingAtTheStepWhateverTheDay() {
        LocalDate early = SUBMISSION.minusDays(60);
        assertEquals(
                List.of("rita REVIEW BEFORE 2027-04-15 SE22"),
                describe(ReminderPlan.byHand(cycle(null), ROUND, COORDINATORS, DeadlineStep.REVIEW, early)));
        assertEquals(
                List.of("elena SUBMISSION OVERDUE 2027-03-31 ES51 ES61", "ana SUBMISSION OVERDUE 2027-03-31 ES61"),
                describe(ReminderPlan.byHand(
                        cycle(null), ROUND, COORDINATORS, DeadlineStep.SUBMISSION, SUBMISSION.plusDays(1))));
        assertTrue(ReminderPlan.byHand(cycle(3), ROUND, COORDINATORS, DeadlineStep.APPROVAL, early)
                .isEmpty());
    }

    @Test
    void everyStateButApprovedWaitsForAStep() {
        for (QuestionnaireState state : QuestionnaireState.values()) {
            assertEquals(state != QuestionnaireState.APPROVED, state.awaits().isPresent(), state.name());
        }
        assertEquals(
                List.of("SUBMISSION", "SUBMISSION", "REVIEW", "SUBMISSION", "APPROVAL", "APPROVAL"),
                Arrays.stream(QuestionnaireState.values())
                        .flatMap(state -> state.awaits().stream())
                        .map(Enum::name)
                        .toList());
    }

    private static List<String> describe(List<Reminder> reminders) {
        return reminders.stream()
                .map(r -> r.recipient() + " " + r.step() + " " + r.kind() + " " + r.deadline() + " "
                        + String.join(
                                " ", r.regions().stream().map(Region::code).toList()))
                .toList();
    }
}
