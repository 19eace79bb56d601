package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regindex.assignment.entity.Capacity;
import org.regindex.platform.entity.Refusal.Kind;
import org.regindex.questionnaire.entity.CommentKind;
import org.regindex.questionnaire.entity.Questionnaire;
import org.regindex.questionnaire.entity.ReviewComment;
import org.regindex.questionnaire.entity.ReviewThread;
import org.regindex.questionnaire.entity.Transition;
import org.regindex.questionnaire.entity.TransitionNotAllowed;

/**
 * The thread about one answer: anyone involved comments at any time; only the reviewer marks a change
 * requested and resolves it, and only while the questionnaire is submitted.
 */
class ReviewThreadTest {

    static final Instant AT = Instant.parse("2026-04-01T10:00:00Z");

    static ReviewThread threadOn(Questionnaire questionnaire) {
        return new ReviewThread(questionnaire, AnswerContentTest.STRATEGY);
    }

    static Questionnaire submitted() {
        Questionnaire questionnaire = QuestionnaireTest.newQuestionnaire();
        questionnaire.apply(Transition.START, QuestionnaireTest.EXPERT, "expert1", AT);
        questionnaire.apply(Transition.SUBMIT, QuestionnaireTest.EXPERT, "expert1", AT);
        return questionnaire;
    }

    static Kind refusal(ReviewThread thread, CommentKind kind, Capacity capacity, String body) {
        return assertThrows(TransitionNotAllowed.class, () -> thread.add(kind, "someone", capacity, body, AT))
                .kind();
    }

    @Test
    void aCommentIsStoredStrippedWithItsAuthorAndCapacity() {
        ReviewThread thread = threadOn(QuestionnaireTest.newQuestionnaire());
        ReviewComment comment =
                thread.add(CommentKind.COMMENT, "expert1", Capacity.EXPERT, "  Is the 2024 plan enough?\n", AT);
        assertEquals(
                List.of(CommentKind.COMMENT, "expert1", Capacity.EXPERT, "Is the 2024 plan enough?", AT),
                List.of(
                        comment.kind(),
                        comment.author(),
                        comment.authorCapacity(),
                        comment.body(),
                        comment.createdAt()));
        assertEquals(List.of(comment), thread.comments());
        assertFalse(thread.changeRequested(), "a plain comment marks nothing");
    }

    @Test
    void aCommentNeedsTextAndHasAtMost5000Characters() {
        ReviewThread thread = threadOn(submitted());
        assertEquals(Kind.INVALID, refusal(thread, CommentKind.COMMENT, Capacity.REVIEWER, " \n "));
        assertEquals(Kind.INVALID, refusal(thread, CommentKind.CHANGE_REQUESTED, Capacity.REVIEWER, null));
        assertEquals(Kind.INVALID, refusal(thread, CommentKind.COMMENT, Capacity.REVIEWER, "x".repeat(5001)));
        assertEquals(
                5000,
                thread.add(CommentKind.COMMENT, "reviewer1", Capacity.REVIEWER, "x".repeat(5000), AT)
                        .body()
                        .length());
        assertEquals(1, thread.comments().size(), "refused comments are not added");
    }

    @Test
    void theReviewerRequestsAChangeAndResolvesItWithoutHavingToWrite() {
        ReviewThread thread = threadOn(submitted());
        thread.add(CommentKind.CHANGE_REQUESTED, "reviewer1", Capacity.REVIEWER, "Add the 2025 update.", AT);
        assertTrue(thread.changeRequested());
        thread.add(CommentKind.COMMENT, "expert1", Capacity.EXPERT, "Added.", AT);
        assertTrue(thread.changeRequested(), "the expert's reply does not resolve it");
        ReviewComment resolved = thread.add(CommentKind.RESOLVED, "reviewer1", Capacity.REVIEWER, null, AT);
        assertEquals("", resolved.body());
        assertFalse(thread.changeRequested());
        assertEquals(
                List.of(CommentKind.CHANGE_REQUESTED, CommentKind.COMMENT, CommentKind.RESOLVED),
                thread.comments().stream().map(ReviewComment::kind).toList());
    }

    @Test
    void onlyTheReviewerMarksOrResolves() {
        ReviewThread thread = threadOn(submitted());
        assertEquals(Kind.FORBIDDEN, refusal(thread, CommentKind.CHANGE_REQUESTED, Capacity.EXPERT, "Please change."));
        assertEquals(
                Kind.FORBIDDEN, refusal(thread, CommentKind.CHANGE_REQUESTED, Capacity.COORDINATOR, "Please change."));
        thread.add(CommentKind.CHANGE_REQUESTED, "reviewer1", Capacity.REVIEWER, "Please change.", AT);
        assertEquals(Kind.FORBIDDEN, refusal(thread, CommentKind.RESOLVED, Capacity.COORDINATOR, "Fine now."));
        assertTrue(thread.changeRequested());
    }

    @Test
    void changeRequestsAreMadeOnlyWhileTheQuestionnaireIsSubmitted() {
        ReviewThread thread = threadOn(QuestionnaireTest.reviewed());
        TransitionNotAllowed refused = assertThrows(
                TransitionNotAllowed.class,
                () -> thread.add(CommentKind.CHANGE_REQUESTED, "reviewer1", Capacity.REVIEWER, "Please change.", AT));
        assertEquals(Kind.CONFLICT, refused.kind());
        assertEquals(
                "Change requests are made and resolved while the questionnaire is submitted for review; it is reviewed.",
                refused.getMessage());
        assertEquals(
                "Looks good.",
                thread.add(CommentKind.COMMENT, "reviewer1", Capacity.REVIEWER, "Looks good.", AT)
                        .body(),
                "commenting is possible in any state");
    }

    @Test
    void aChangeIsRequestedOnceAndOnlyAnOpenRequestIsResolved() {
        ReviewThread thread = threadOn(submitted());
        assertEquals(
                "There is no open change request on LAB-ACT-01 to resolve.",
                assertThrows(
                                TransitionNotAllowed.class,
                                () -> thread.add(CommentKind.RESOLVED, "reviewer1", Capacity.REVIEWER, "", AT))
                        .getMessage());
        thread.add(CommentKind.CHANGE_REQUESTED, "reviewer1", Capacity.REVIEWER, "Please change.", AT);
        TransitionNotAllowed twice = assertThrows(
                TransitionNotAllowed.class,
                () -> thread.add(CommentKind.CHANGE_REQUESTED, "reviewer1", Capacity.REVIEWER, "Again.", AT));
        assertEquals(Kind.CONFLICT, twice.kind());
        assertEquals("A change is requested on LAB-ACT-01 already.", twice.getMessage());
        assertEquals(1, thread.comments().size());
    }
}
