package org.regindex.questionnaire.entity;

import org.regindex.platform.entity.Refusal;

/** A transition refused by the state machine, with the reason in a sentence. */
public class TransitionNotAllowed extends Refusal {
    private static final String CONDITION = "TransitionNotAllowed"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    public TransitionNotAllowed(Kind kind, String message) {
        super(kind, CONDITION, message);
    }
}
