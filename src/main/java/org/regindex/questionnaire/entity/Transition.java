package org.regindex.questionnaire.entity;

import static org.regindex.questionnaire.entity.QuestionnaireState.APPROVED;
import static org.regindex.questionnaire.entity.QuestionnaireState.CHANGES_REQUESTED;
import static org.regindex.questionnaire.entity.QuestionnaireState.IN_PROGRESS;
import static org.regindex.questionnaire.entity.QuestionnaireState.NOT_STARTED;
import static org.regindex.questionnaire.entity.QuestionnaireState.REVIEWED;
import static org.regindex.questionnaire.entity.QuestionnaireState.SUBMITTED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regindex.assignment.entity.Capacity;

/**
 * Every way a questionnaire's state changes: from which states, to which state, who may take it,
 * whether it needs a reason. {@code START} and {@code RESUME} happen implicitly when the expert
 * saves an answer: nobody asks for them.
 */
public enum Transition {
    START(EnumSet.of(NOT_STARTED), IN_PROGRESS, Capacity.EXPERT, false),
    RESUME(EnumSet.of(CHANGES_REQUESTED), IN_PROGRESS, Capacity.EXPERT, false),
    SUBMIT(EnumSet.of(IN_PROGRESS, CHANGES_REQUESTED), SUBMITTED, Capacity.EXPERT, false),
    REQUEST_CHANGES(EnumSet.of(SUBMITTED), CHANGES_REQUESTED, Capacity.REVIEWER, false),
    ACCEPT(EnumSet.of(SUBMITTED), REVIEWED, Capacity.REVIEWER, false),
    APPROVE(EnumSet.of(REVIEWED), APPROVED, Capacity.COORDINATOR, false),
    RETURN(EnumSet.of(REVIEWED), CHANGES_REQUESTED, Capacity.COORDINATOR, true),
    REOPEN(EnumSet.of(APPROVED), IN_PROGRESS, Capacity.COORDINATOR, true);

    @SuppressWarnings("ImmutableEnumChecker") // an EnumSet that nobody changes: from() hands out copies
    private final Set<QuestionnaireState> from;

    private final QuestionnaireState target;
    private final Capacity capacity;
    private final boolean needsReason;

    Transition(Set<QuestionnaireState> from, QuestionnaireState target, Capacity capacity, boolean needsReason) {
        this.from = from;
        this.target = target;
        this.capacity = capacity;
        this.needsReason = needsReason;
    }

    public Set<QuestionnaireState> from() {
        return EnumSet.copyOf(from);
    }

    public QuestionnaireState target() {
        return target;
    }

    public Capacity capacity() {
        return capacity;
    }

    public boolean needsReason() {
        return needsReason;
    }

    /** Whether a person asks for this transition; {@code START} and {@code RESUME} follow from a save. */
    public boolean requested() {
        return this != START && this != RESUME;
    }

    /** The transitions a person may ask for, in the order of the workflow. */
    public static List<Transition> requestable() {
        return Arrays.stream(values()).filter(Transition::requested).toList();
    }

    /**
     * The transition a request names (in any case). A name that is none is refused with the list of those a
     * person may ask for; {@code START} and {@code RESUME} are returned, for the facade to refuse after its
     * role check.
     */
    public static Transition named(String name) {
        if (name == null) {
            throw new UnknownTransition("The body must name a transition: " + UnknownTransition.choices() + ".");
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnknownTransition("\"" + name + "\" is not a transition: " + UnknownTransition.choices() + ".");
        }
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
