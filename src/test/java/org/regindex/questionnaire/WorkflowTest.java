package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.regindex.questionnaire.entity.QuestionnaireState.APPROVED;
import static org.regindex.questionnaire.entity.QuestionnaireState.CHANGES_REQUESTED;
import static org.regindex.questionnaire.entity.QuestionnaireState.COUNTRY_APPROVED;
import static org.regindex.questionnaire.entity.QuestionnaireState.IN_PROGRESS;
import static org.regindex.questionnaire.entity.QuestionnaireState.NOT_STARTED;
import static org.regindex.questionnaire.entity.QuestionnaireState.REVIEWED;
import static org.regindex.questionnaire.entity.QuestionnaireState.SUBMITTED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regindex.assignment.entity.Capacity;
import org.regindex.platform.entity.Refusal.Kind;
import org.regindex.questionnaire.entity.Facts;
import org.regindex.questionnaire.entity.QuestionnaireState;
import org.regindex.questionnaire.entity.Transition;
import org.regindex.questionnaire.entity.TransitionNotAllowed;
import org.regindex.questionnaire.entity.Workflow;

/** The whole table: every state x every transition x every capacity, legal and illegal. */
class WorkflowTest {

    /**
     * The legal moves of DESIGN.md (plus resubmission straight from CHANGES_REQUESTED) in a cycle without a country
     * level, written out by hand; a questionnaire its country approved before the level was turned off awaits the
     * coordinator.
     */
    static final Map<QuestionnaireState, Map<Transition, QuestionnaireState>> LEGAL = Map.of(
            NOT_STARTED, Map.of(Transition.START, IN_PROGRESS),
            IN_PROGRESS, Map.of(Transition.SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(Transition.REQUEST_CHANGES, CHANGES_REQUESTED, Transition.ACCEPT, REVIEWED),
            CHANGES_REQUESTED, Map.of(Transition.RESUME, IN_PROGRESS, Transition.SUBMIT, SUBMITTED),
            REVIEWED, Map.of(Transition.APPROVE, APPROVED, Transition.RETURN, CHANGES_REQUESTED),
            COUNTRY_APPROVED, Map.of(Transition.APPROVE, APPROVED, Transition.RETURN, CHANGES_REQUESTED),
            APPROVED, Map.of(Transition.REOPEN, IN_PROGRESS));

    /** With a country level, a country lead decides on a reviewed questionnaire before the coordinator. */
    static final Map<QuestionnaireState, Map<Transition, QuestionnaireState>> LEGAL_AT_COUNTRY_LEVEL = Map.of(
            NOT_STARTED, Map.of(Transition.START, IN_PROGRESS),
            IN_PROGRESS, Map.of(Transition.SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(Transition.REQUEST_CHANGES, CHANGES_REQUESTED, Transition.ACCEPT, REVIEWED),
            CHANGES_REQUESTED, Map.of(Transition.RESUME, IN_PROGRESS, Transition.SUBMIT, SUBMITTED),
            REVIEWED,
                    Map.of(Transition.COUNTRY_APPROVE, COUNTRY_APPROVED, Transition.COUNTRY_RETURN, CHANGES_REQUESTED),
            COUNTRY_APPROVED,
                    Map.of(
                            Transition.APPROVE,
                            APPROVED,
                            Transition.RETURN,
                            CHANGES_REQUESTED,
                            Transition.COUNTRY_UNAPPROVE,
                            REVIEWED),
            APPROVED, Map.of(Transition.REOPEN, IN_PROGRESS));

    static final Map<Transition, Capacity> WHO = Map.ofEntries(
            Map.entry(Transition.START, Capacity.EXPERT),
            Map.entry(Transition.RESUME, Capacity.EXPERT),
            Map.entry(Transition.SUBMIT, Capacity.EXPERT),
            Map.entry(Transition.REQUEST_CHANGES, Capacity.REVIEWER),
            Map.entry(Transition.ACCEPT, Capacity.REVIEWER),
            Map.entry(Transition.COUNTRY_APPROVE, Capacity.COUNTRY_LEAD),
            Map.entry(Transition.COUNTRY_RETURN, Capacity.COUNTRY_LEAD),
            Map.entry(Transition.COUNTRY_UNAPPROVE, Capacity.COUNTRY_LEAD),
            Map.entry(Transition.APPROVE, Capacity.COORDINATOR),
            Map.entry(Transition.RETURN, Capacity.COORDINATOR),
            Map.entry(Transition.REOPEN, Capacity.COORDINATOR));

    static Map<QuestionnaireState, Map<Transition, QuestionnaireState>> legal(boolean countryLevel) {
        return countryLevel ? LEGAL_AT_COUNTRY_LEVEL : LEGAL;
    }

    /** Facts under which every condition holds: complete, change requests as the transition needs, a reason. */
    static Facts satisfied(Set<Capacity> capacities, Transition transition, boolean countryLevel) {
        return Facts.of(capacities)
                .withCountryLevel(countryLevel)
                .withOpenChangeRequests(transition == Transition.REQUEST_CHANGES ? 1 : 0)
                .withReason("Because the sources changed.");
    }

    static Stream<Arguments> everyCell() {
        List<Arguments> cells = new ArrayList<>();
        for (boolean countryLevel : new boolean[] {false, true}) {
            for (QuestionnaireState state : QuestionnaireState.values()) {
                for (Transition transition : Transition.values()) {
                    for (Capacity capacity : Capacity.values()) {
                        cells.add(Arguments.of(state, transition, capacity, countryLevel));
                    }
                    cells.add(Arguments.of(state, transition, null, countryLevel));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} {1} by {2}, country level {3}")
    @MethodSource("everyCell")
    void everyStateTransitionAndCapacity(
            QuestionnaireState state, Transition transition, Capacity capacity, boolean countryLevel) {
        Set<Capacity> capacities = capacity == null ? Set.of() : Set.of(capacity);
        Facts facts = satisfied(capacities, transition, countryLevel);
        Map<QuestionnaireState, Map<Transition, QuestionnaireState>> legal = legal(countryLevel);
        if (capacity != WHO.get(transition)) {
            assertEquals(
                    Kind.FORBIDDEN,
                    assertThrows(TransitionNotAllowed.class, () -> Workflow.next(state, transition, facts))
                            .kind());
        } else if (legal.get(state).containsKey(transition)) {
            assertEquals(legal.get(state).get(transition), Workflow.next(state, transition, facts));
        } else if (state == transition.target()) {
            assertEquals(state, Workflow.next(state, transition, facts), "a repeated transition changes nothing");
        } else {
            assertEquals(
                    Kind.CONFLICT,
                    assertThrows(TransitionNotAllowed.class, () -> Workflow.next(state, transition, facts))
                            .kind());
        }
    }

    @ParameterizedTest(name = "country level {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void theTablesAbovePinEveryTransitionDeclaration(boolean countryLevel) {
        for (Transition transition : Transition.values()) {
            assertEquals(WHO.get(transition), transition.capacity(), transition.name());
            Set<QuestionnaireState> from = java.util.EnumSet.noneOf(QuestionnaireState.class);
            legal(countryLevel).forEach((state, moves) -> {
                if (moves.containsKey(transition)) {
                    from.add(state);
                    assertEquals(moves.get(transition), transition.target());
                }
            });
            assertEquals(from, transition.from(countryLevel), transition.name());
        }
    }

    @Test
    void withACountryLevelTheCoordinatorWaitsForTheCountryAndWithoutItNoLeadActs() {
        Facts coordinator = Facts.of(Set.of(Capacity.COORDINATOR)).withCountryLevel(true);
        assertEquals(
                "In this cycle a lead of the region's country approves a reviewed questionnaire first.",
                assertThrows(TransitionNotAllowed.class, () -> Workflow.next(REVIEWED, Transition.APPROVE, coordinator))
                        .getMessage());
        Facts lead = Facts.of(Set.of(Capacity.COUNTRY_LEAD));
        assertEquals(
                "This cycle has no country level: a coordinator approves its reviewed questionnaires.",
                assertThrows(
                                TransitionNotAllowed.class,
                                () -> Workflow.next(REVIEWED, Transition.COUNTRY_APPROVE, lead))
                        .getMessage());
        assertEquals(
                "Give a reason to country-unapprove a questionnaire.",
                assertThrows(
                                TransitionNotAllowed.class,
                                () -> Workflow.next(
                                        COUNTRY_APPROVED, Transition.COUNTRY_UNAPPROVE, lead.withCountryLevel(true)))
                        .getMessage());
        assertEquals(
                List.of(Transition.COUNTRY_APPROVE, Transition.COUNTRY_RETURN),
                Workflow.allowed(REVIEWED, Set.of(Capacity.COUNTRY_LEAD), true));
        assertEquals(
                List.of(Transition.APPROVE, Transition.RETURN),
                Workflow.allowed(COUNTRY_APPROVED, Set.of(Capacity.COORDINATOR), true));
    }

    @Test
    void onlyNotStartedInProgressAndChangesRequestedAreEditable() {
        assertEquals(
                Set.of(NOT_STARTED, IN_PROGRESS, CHANGES_REQUESTED),
                Stream.of(QuestionnaireState.values())
                        .filter(QuestionnaireState::editable)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void submitIsRefusedWithWhatIsMissing() {
        Facts incomplete = Facts.of(Set.of(Capacity.EXPERT))
                .withMissing(List.of("LAB-ACT-01: no answer", "LAB-ACT-02: no source"));
        TransitionNotAllowed refused = assertThrows(
                TransitionNotAllowed.class, () -> Workflow.next(IN_PROGRESS, Transition.SUBMIT, incomplete));
        assertEquals(Kind.CONFLICT, refused.kind());
        assertEquals(
                "The questionnaire cannot be submitted yet: 2 items are missing (LAB-ACT-01: no answer; LAB-ACT-02: no source).",
                refused.getMessage());
    }

    @Test
    void requestChangesNeedsAnOpenChangeRequestAndAcceptNeedsNone() {
        Facts none = Facts.of(Set.of(Capacity.REVIEWER));
        assertEquals(
                "Mark at least one answer's thread as \"change requested\" before requesting changes.",
                assertThrows(
                                TransitionNotAllowed.class,
                                () -> Workflow.next(SUBMITTED, Transition.REQUEST_CHANGES, none))
                        .getMessage());
        assertEquals(
                "The questionnaire cannot be accepted while 2 change requests are open; resolve them or request changes.",
                assertThrows(
                                TransitionNotAllowed.class,
                                () -> Workflow.next(SUBMITTED, Transition.ACCEPT, none.withOpenChangeRequests(2)))
                        .getMessage());
    }

    @Test
    void returnAndReopenNeedAReason() {
        Facts noReason = Facts.of(Set.of(Capacity.COORDINATOR));
        assertEquals(
                Kind.INVALID,
                assertThrows(TransitionNotAllowed.class, () -> Workflow.next(REVIEWED, Transition.RETURN, noReason))
                        .kind());
        assertEquals(
                "Give a reason to reopen a questionnaire.",
                assertThrows(
                                TransitionNotAllowed.class,
                                () -> Workflow.next(APPROVED, Transition.REOPEN, noReason.withReason("  ")))
                        .getMessage());
        assertThrows(
                TransitionNotAllowed.class,
                () -> Workflow.next(APPROVED, Transition.REOPEN, noReason.withReason("x".repeat(2001))));
    }

    @Test
    void aRefusalNamesTheStateAndWhatTheCallerMayDo() {
        Facts reviewer = Facts.of(Set.of(Capacity.REVIEWER));
        assertEquals(
                "A questionnaire that is submitted cannot be approved. Nothing is yours to do on it now.",
                assertThrows(
                                TransitionNotAllowed.class,
                                () -> Workflow.next(
                                        SUBMITTED, Transition.APPROVE, Facts.of(Set.of(Capacity.COORDINATOR))))
                        .getMessage());
        assertEquals(
                "A questionnaire that is in progress cannot be accepted. Nothing is yours to do on it now.",
                assertThrows(TransitionNotAllowed.class, () -> Workflow.next(IN_PROGRESS, Transition.ACCEPT, reviewer))
                        .getMessage());
        assertEquals(
                List.of(Transition.REQUEST_CHANGES, Transition.ACCEPT),
                Workflow.allowed(SUBMITTED, Set.of(Capacity.REVIEWER)));
        assertEquals(
                List.of(Transition.APPROVE, Transition.RETURN),
                Workflow.allowed(REVIEWED, Set.of(Capacity.COORDINATOR, Capacity.EXPERT)));
    }

    @Test
    void aLockedQuestionnaireSaysWhyItCannotMove() {
        Facts expert = Facts.of(Set.of(Capacity.EXPERT));
        assertEquals(
                "A questionnaire that is approved cannot be submitted. Nothing is yours to do on it now.",
                assertThrows(TransitionNotAllowed.class, () -> Workflow.next(APPROVED, Transition.SUBMIT, expert))
                        .getMessage());
        assertEquals(
                "Only the region's reviewer may accept this questionnaire.",
                assertThrows(TransitionNotAllowed.class, () -> Workflow.next(SUBMITTED, Transition.ACCEPT, expert))
                        .getMessage());
    }
}
