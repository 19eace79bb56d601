package org.regindex.questionnaire.entity;

import java.util.Arrays;
import org.regindex.platform.entity.AuditAction;

/** What the audit trail records of a questionnaire: saved answers, every transition, every review comment. */
public enum QuestionnaireEvent implements AuditAction {
    ANSWER_SAVED,
    QUESTIONNAIRE_START(Transition.START),
    QUESTIONNAIRE_RESUME(Transition.RESUME),
    QUESTIONNAIRE_SUBMIT(Transition.SUBMIT),
    QUESTIONNAIRE_REQUEST_CHANGES(Transition.REQUEST_CHANGES),
    QUESTIONNAIRE_ACCEPT(Transition.ACCEPT),
    QUESTIONNAIRE_APPROVE(Transition.APPROVE),
    QUESTIONNAIRE_RETURN(Transition.RETURN),
    QUESTIONNAIRE_REOPEN(Transition.REOPEN),
    REVIEW_COMMENT(CommentKind.COMMENT),
    REVIEW_CHANGE_REQUESTED(CommentKind.CHANGE_REQUESTED),
    REVIEW_RESOLVED(CommentKind.RESOLVED),
    REMINDER_SENT,
    QUESTIONNAIRE_COUNTRY_APPROVE(Transition.COUNTRY_APPROVE),
    QUESTIONNAIRE_COUNTRY_RETURN(Transition.COUNTRY_RETURN),
    QUESTIONNAIRE_COUNTRY_UNAPPROVE(Transition.COUNTRY_UNAPPROVE),
    EVIDENCE_ADDED,
    EVIDENCE_REMOVED;

    private final Transition transition;
    private final CommentKind comment;

    QuestionnaireEvent() {
        this(null, null);
    }

    QuestionnaireEvent(Transition transition) {
        this(transition, null);
    }

    QuestionnaireEvent(CommentKind comment) {
        this(null, comment);
    }

    QuestionnaireEvent(Transition transition, CommentKind comment) {
        this.transition = transition;
        this.comment = comment;
    }

    public static QuestionnaireEvent of(Transition transition) {
        return Arrays.stream(values())
                .filter(event -> event.transition == transition)
                .findFirst()
                .orElseThrow();
    }

    public static QuestionnaireEvent of(CommentKind kind) {
        return Arrays.stream(values())
                .filter(event -> event.comment == kind)
                .findFirst()
                .orElseThrow();
    }

    /** Whether an event's stored action is this one. */
    public boolean is(String storedAction) {
        return name().equals(storedAction);
    }
}
