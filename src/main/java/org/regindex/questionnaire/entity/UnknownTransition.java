package org.regindex.questionnaire.entity;

import java.util.List;
import java.util.Locale;
import org.regindex.platform.entity.Refusal;

/** A request for a transition that is none, or one that nobody asks for (it follows from a save). */
public class UnknownTransition extends Refusal {
    private static final String CONDITION = "UnknownTransition"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    UnknownTransition(String message) {
        super(Kind.INVALID, CONDITION, message);
    }

    /** START or RESUME asked for: they happen when the expert saves an answer. */
    public static UnknownTransition implicit(Transition transition) {
        return new UnknownTransition(transition.name() + " is not asked for: a questionnaire "
                + (transition == Transition.START ? "starts" : "resumes")
                + " when its expert saves an answer. The transitions you can ask for are " + choices() + ".");
    }

    /** "SUBMIT, REQUEST_CHANGES, ... or REOPEN": every transition a person asks for. */
    static String choices() {
        List<String> names = Transition.requestable().stream()
                .map(t -> t.name().toUpperCase(Locale.ROOT))
                .toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
