package org.regindex.questionnaire.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regindex.assignment.entity.Capacity;
import org.regindex.platform.entity.Refusal.Kind;

/**
 * The questionnaire state machine of DESIGN.md as one pure function: given a state, a transition and
 * the facts, the next state, or a refusal that says why not.
 */
public final class Workflow {

    static final int REASON_MAX = 2000;

    private Workflow() {}

    /**
     * The state after {@code transition}. When the state already is the transition's target and the
     * person could take it, nothing changes: a double click or a replayed request is harmless.
     */
    public static QuestionnaireState next(QuestionnaireState state, Transition transition, Facts facts) {
        if (!facts.capacities().contains(transition.capacity())) {
            throw new TransitionNotAllowed(
                    Kind.FORBIDDEN,
                    "Only " + transition.capacity().description() + " may " + transition.verb()
                            + " this questionnaire.");
        }
        if (state == transition.target()) {
            return state;
        }
        if (!transition.from(facts.countryLevel()).contains(state)) {
            throw new TransitionNotAllowed(Kind.CONFLICT, notFrom(state, transition, facts));
        }
        checkConditions(transition, facts);
        return transition.target();
    }

    private static String notFrom(QuestionnaireState state, Transition transition, Facts facts) {
        if (!facts.countryLevel() && transition.capacity() == Capacity.COUNTRY_LEAD) {
            return "This cycle has no country level: a coordinator approves its reviewed questionnaires.";
        }
        if (facts.countryLevel() && transition == Transition.APPROVE && state == QuestionnaireState.REVIEWED) {
            return "In this cycle a lead of the region's country approves a reviewed questionnaire first.";
        }
        return "A questionnaire that is " + state.label().toLowerCase(Locale.ROOT) + " cannot be "
                + pastTense(transition) + ". " + whatIsPossible(state, facts.capacities(), facts.countryLevel());
    }

    private static void checkConditions(Transition transition, Facts facts) {
        switch (transition) {
            case SUBMIT -> {
                if (!facts.missing().isEmpty()) {
                    throw new TransitionNotAllowed(
                            Kind.CONFLICT,
                            "The questionnaire cannot be submitted yet: "
                                    + facts.missing().size() + " item"
                                    + (facts.missing().size() == 1 ? " is" : "s are") + " missing ("
                                    + String.join(
                                            "; ",
                                            facts.missing()
                                                    .subList(
                                                            0,
                                                            Math.min(
                                                                    5,
                                                                    facts.missing()
                                                                            .size())))
                                    + (facts.missing().size() > 5 ? "; ..." : "") + ").");
                }
            }
            case REQUEST_CHANGES -> {
                if (facts.openChangeRequests() == 0) {
                    throw new TransitionNotAllowed(
                            Kind.CONFLICT,
                            "Mark at least one answer's thread as \"change requested\" before requesting changes.");
                }
            }
            case ACCEPT -> {
                if (facts.openChangeRequests() > 0) {
                    throw new TransitionNotAllowed(
                            Kind.CONFLICT,
                            "The questionnaire cannot be accepted while "
                                    + facts.openChangeRequests() + " change request"
                                    + (facts.openChangeRequests() == 1 ? " is" : "s are")
                                    + " open; resolve them or request changes.");
                }
            }
            default -> {
                // no condition beyond state and capacity
            }
        }
        if (transition.needsReason()) {
            if (facts.reason() == null || facts.reason().isBlank()) {
                throw new TransitionNotAllowed(
                        Kind.INVALID, "Give a reason to " + transition.verb() + " a questionnaire.");
            }
            if (facts.reason().length() > REASON_MAX) {
                throw new TransitionNotAllowed(Kind.INVALID, "A reason has at most " + REASON_MAX + " characters.");
            }
        }
    }

    /** The transitions someone with these capacities may take from this state (the implicit ones left out). */
    public static List<Transition> allowed(QuestionnaireState state, Set<Capacity> capacities) {
        return allowed(state, capacities, false);
    }

    /** The same in a cycle with a country level ({@code true}) or without. */
    public static List<Transition> allowed(QuestionnaireState state, Set<Capacity> capacities, boolean countryLevel) {
        return Arrays.stream(Transition.values())
                .filter(Transition::requested)
                .filter(t -> t.from(countryLevel).contains(state) && capacities.contains(t.capacity()))
                .toList();
    }

    private static String whatIsPossible(QuestionnaireState state, Set<Capacity> capacities, boolean countryLevel) {
        List<Transition> allowed = allowed(state, capacities, countryLevel);
        return allowed.isEmpty()
                ? "Nothing is yours to do on it now."
                : "You may "
                        + String.join(
                                " or ", allowed.stream().map(Transition::verb).toList()) + " it.";
    }

    private static String pastTense(Transition transition) {
        return switch (transition) {
            case START -> "started";
            case RESUME -> "resumed";
            case SUBMIT -> "submitted";
            case REQUEST_CHANGES -> "sent back with change requests";
            case ACCEPT -> "accepted";
            case COUNTRY_APPROVE -> "approved for its country";
            case COUNTRY_RETURN -> "returned by its country";
            case COUNTRY_UNAPPROVE -> "unapproved by its country";
            case APPROVE -> "approved";
            case RETURN -> "returned";
            case REOPEN -> "reopened";
        };
    }
}
