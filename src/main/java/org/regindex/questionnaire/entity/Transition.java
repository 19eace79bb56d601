package org.regindex.questionnaire.entity;

import static org.regindex.questionnaire.entity.QuestionnaireState.APPROVED;
import static org.regindex.questionnaire.entity.QuestionnaireState.CHANGES_REQUESTED;
import static org.regindex.questionnaire.entity.QuestionnaireState.COUNTRY_APPROVED;
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
 * whether it needs a reason; in a cycle with a country level, a lead of the region's country approves between the
 * reviewer and the coordinator. {@code START} and {@code RESUME} happen implicitly when the expert
 * saves an answer: nobody asks for them.
 */
public enum Transition {
    START(EnumSet.of(NOT_STARTED), IN_PROGRESS, Capacity.EXPERT, false),
    RESUME(EnumSet.of(CHANGES_REQUESTED), IN_PROGRESS, Capacity.EXPERT, false),
    SUBMIT(EnumSet.of(IN_PROGRESS, CHANGES_REQUESTED), SUBMITTED, Capacity.EXPERT, false),
    REQUEST_CHANGES(EnumSet.of(SUBMITTED), CHANGES_REQUESTED, Capacity.REVIEWER, false),
    ACCEPT(EnumSet.of(SUBMITTED), REVIEWED, Capacity.REVIEWER, false),
    COUNTRY_APPROVE(
            EnumSet.noneOf(QuestionnaireState.class),
            EnumSet.of(REVIEWED),
            COUNTRY_APPROVED,
            Capacity.COUNTRY_LEAD,
            false),
    COUNTRY_RETURN(
            EnumSet.noneOf(QuestionnaireState.class),
            EnumSet.of(REVIEWED),
            CHANGES_REQUESTED,
            Capacity.COUNTRY_LEAD,
            true),
    COUNTRY_UNAPPROVE(
            EnumSet.noneOf(QuestionnaireState.class),
            EnumSet.of(COUNTRY_APPROVED),
            REVIEWED,
            Capacity.COUNTRY_LEAD,
            true),
    /* From COUNTRY_APPROVED also without a country level, so that turning the level off strands nothing. */
    APPROVE(
            EnumSet.of(REVIEWED, COUNTRY_APPROVED),
            EnumSet.of(COUNTRY_APPROVED),
            APPROVED,
            Capacity.COORDINATOR,
            false),
    RETURN(
            EnumSet.of(REVIEWED, COUNTRY_APPROVED),
            EnumSet.of(COUNTRY_APPROVED),
            CHANGES_REQUESTED,
            Capacity.COORDINATOR,
            true),
    REOPEN(EnumSet.of(APPROVED), IN_PROGRESS, Capacity.COORDINATOR, true);

    @SuppressWarnings("ImmutableEnumChecker") // EnumSets that nobody changes: from() hands out copies
    private final Set<QuestionnaireState> from;

    @SuppressWarnings("ImmutableEnumChecker")
    private final Set<QuestionnaireState> fromAtCountryLevel;

    private final QuestionnaireState target;
    private final Capacity capacity;
    private final boolean needsReason;

    /** The same in every cycle. */
    Transition(Set<QuestionnaireState> from, QuestionnaireState target, Capacity capacity, boolean needsReason) {
        this(from, from, target, capacity, needsReason);
    }

    Transition(
            Set<QuestionnaireState> from,
            Set<QuestionnaireState> fromAtCountryLevel,
            QuestionnaireState target,
            Capacity capacity,
            boolean needsReason) {
        this.from = from;
        this.fromAtCountryLevel = fromAtCountryLevel;
        this.target = target;
        this.capacity = capacity;
        this.needsReason = needsReason;
    }

    /** The states it leaves in a cycle with a country level ({@code true}) or without. */
    public Set<QuestionnaireState> from(boolean countryLevel) {
        return EnumSet.copyOf(countryLevel ? fromAtCountryLevel : from);
    }

    /** The states it leaves in a cycle without a country level. */
    public Set<QuestionnaireState> from() {
        return from(false);
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

    /** The verb in refusals: "approve", "request changes", "country-approve". */
    public String verb() {
        return label().toLowerCase(Locale.ROOT).replace("country ", "country-");
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
