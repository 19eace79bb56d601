package org.regindex.questionnaire.entity;

import org.regindex.platform.entity.Refusal;

/** A transition refused by the state machine, with the reason in a sentence. */
public class TransitionNotAllowed extends Refusal {

    public TransitionNotAllowed(Kind kind, String message) {
        super(kind, message);
    }
}
