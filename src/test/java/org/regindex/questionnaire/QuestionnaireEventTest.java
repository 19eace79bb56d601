package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.questionnaire.entity.CommentKind;
import org.regindex.questionnaire.entity.QuestionnaireEvent;
import org.regindex.questionnaire.entity.Transition;

class QuestionnaireEventTest {

    @Test
    void everyTransitionAndCommentKindHasItsOwnEvent() {
        for (Transition transition : Transition.values()) {
            assertEquals(
                    "QUESTIONNAIRE_" + transition.name(),
                    QuestionnaireEvent.of(transition).name());
        }
        for (CommentKind kind : CommentKind.values()) {
            assertEquals("REVIEW_" + kind.name(), QuestionnaireEvent.of(kind).name());
        }
        assertEquals(4 + Transition.values().length + CommentKind.values().length, QuestionnaireEvent.values().length);
    }

    /** The trail is append-only: events stored under these names are read by them forever. */
    @Test
    void theStoredNamesNeverChange() {
        assertEquals(
                List.of(
                        "ANSWER_SAVED",
                        "QUESTIONNAIRE_START",
                        "QUESTIONNAIRE_RESUME",
                        "QUESTIONNAIRE_SUBMIT",
                        "QUESTIONNAIRE_REQUEST_CHANGES",
                        "QUESTIONNAIRE_ACCEPT",
                        "QUESTIONNAIRE_APPROVE",
                        "QUESTIONNAIRE_RETURN",
                        "QUESTIONNAIRE_REOPEN",
                        "REVIEW_COMMENT",
                        "REVIEW_CHANGE_REQUESTED",
                        "REVIEW_RESOLVED",
                        "REMINDER_SENT",
                        "QUESTIONNAIRE_COUNTRY_APPROVE",
                        "QUESTIONNAIRE_COUNTRY_RETURN",
                        "QUESTIONNAIRE_COUNTRY_UNAPPROVE",
                        "EVIDENCE_ADDED",
                        "EVIDENCE_REMOVED"),
                Arrays.stream(QuestionnaireEvent.values()).map(Enum::name).toList());
    }

    @Test
    void aStoredActionIsRecognisedByItsName() {
        assertEquals(true, QuestionnaireEvent.QUESTIONNAIRE_ACCEPT.is("QUESTIONNAIRE_ACCEPT"));
        assertEquals(false, QuestionnaireEvent.QUESTIONNAIRE_ACCEPT.is("QUESTIONNAIRE_APPROVE"));
    }
}
