package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regindex.assignment.entity.Capacity;
import org.regindex.platform.entity.Actor;
import org.regindex.platform.entity.AuditEvent;
import org.regindex.questionnaire.control.AnswerJson;
import org.regindex.questionnaire.control.AnswerSaved;
import org.regindex.questionnaire.control.ReviewChanges;
import org.regindex.questionnaire.control.ReviewChanges.Field;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.CommentKind;
import org.regindex.questionnaire.entity.Questionnaire;
import org.regindex.questionnaire.entity.ReviewThread;
import org.regindex.questionnaire.entity.Source;

/** What a reviewer is shown as changed since their last review. */
class ReviewChangesTest {

    static final Instant REVIEW = Instant.parse("2026-04-02T10:00:00Z");
    static final Actor EXPERT = new Actor("expert1", "expert");
    static final Actor REVIEWER = new Actor("reviewer1", "reviewer");
    static final AnswerContent B = AnswerContentTest.option("b");
    static final AnswerContent C = AnswerContentTest.option("c");

    private static AuditEvent event(Instant at, Actor actor, String action, String before, String after) {
        return new AuditEvent(at, actor, action, "answer", "c1/ES51/LAB-ACT-01", "c1", "ES51", before, after);
    }

    private static String json(AnswerContent content) {
        return jakarta.json.bind.JsonbBuilder.create().toJson(AnswerJson.of(content, false));
    }

    private static AnswerSaved save(String indicator, Instant at, AnswerContent before, AnswerContent after) {
        return new AnswerSaved(indicator, at, before, after);
    }

    @Test
    void theLastReviewIsTheNewestChangeRequestOrAcceptance() {
        List<AuditEvent> events = List.of(
                event(REVIEW.minusSeconds(60), REVIEWER, "QUESTIONNAIRE_REQUEST_CHANGES", null, null),
                event(REVIEW, REVIEWER, "QUESTIONNAIRE_ACCEPT", null, null),
                event(REVIEW.plusSeconds(60), REVIEWER, "COMMENT_ADDED", null, null),
                event(REVIEW.plusSeconds(90), EXPERT, "ANSWER_SAVED", null, null));
        assertEquals(Optional.of(REVIEW), ReviewChanges.lastReview(events));
        assertEquals(Optional.empty(), ReviewChanges.lastReview(events.subList(2, 4)));
    }

    @Test
    void anAnswerIsShownAsItWasBeforeTheFirstSaveSinceTheReviewAndAsItIsNow() {
        List<AnswerSaved> saves = List.of(
                save("LAB-ACT-01", REVIEW.plusSeconds(20), C, AnswerContentTest.option("a")),
                save("LAB-ACT-01", REVIEW.plusSeconds(10), B, C),
                save("LAB-ACT-01", REVIEW.minusSeconds(10), AnswerContent.EMPTY, B));
        AnswerContent now = AnswerContentTest.option("a").withNote("my private reminder");
        ReviewChanges.Changes changes = ReviewChanges.since(REVIEW, saves, indicator -> now, List.of());
        assertEquals(REVIEW, changes.since());
        assertEquals(1, changes.answers().size());
        ReviewChanges.ChangedAnswer changed = changes.answers().get(0);
        assertEquals(B, changed.before(), "before the first save after the review");
        assertEquals(AnswerContentTest.option("a"), changed.after(), "now, without the expert's note");
        assertEquals(List.of(Field.OPTION), changed.fields());
    }

    @Test
    void anAnswerThatCameBackToWhatItWasOrOnlyItsNoteChangedIsNotShown() {
        List<AnswerSaved> saves = List.of(
                save("LAB-ACT-01", REVIEW.plusSeconds(10), B, C),
                save("EDU-RES-01", REVIEW.plusSeconds(20), B, B.withNote("note")));
        Map<String, AnswerContent> now = Map.of("LAB-ACT-01", B, "EDU-RES-01", B.withNote("note"));
        assertTrue(ReviewChanges.since(REVIEW, saves, now::get, List.of()).isEmpty());
    }

    @Test
    void theChangedFieldsAreNamed() {
        AnswerContent other = new AnswerContent(
                "b",
                false,
                "",
                "A new plan sets targets.",
                List.of(new Source("Plan 2025", "https://example.org/2025")),
                "");
        ReviewChanges.ChangedAnswer changed = new ReviewChanges.ChangedAnswer("LAB-ACT-01", B, other);
        assertEquals(List.of(Field.JUSTIFICATION, Field.SOURCES), changed.fields());
        AnswerContent notApplicable = new AnswerContent(null, true, "No such policy.", "", List.of(), "");
        assertEquals(
                List.of(Field.OPTION, Field.NOT_APPLICABLE, Field.JUSTIFICATION, Field.SOURCES),
                new ReviewChanges.ChangedAnswer("LAB-ACT-01", B, notApplicable).fields());
    }

    @Test
    void onlyThreadsTheExpertRepliedInSinceTheReviewAreShown() {
        Questionnaire questionnaire = ReviewThreadTest.submitted();
        ReviewThread replied = ReviewThreadTest.threadOn(questionnaire);
        replied.add(CommentKind.COMMENT, "reviewer1", Capacity.REVIEWER, "Which plan?", REVIEW.minusSeconds(5));
        replied.add(CommentKind.COMMENT, "expert1", Capacity.EXPERT, "The 2024 one.", REVIEW.plusSeconds(5));
        ReviewThread onlyReviewer = new ReviewThread(questionnaire, AnswerContentTest.SCHOOLS);
        onlyReviewer.add(CommentKind.COMMENT, "reviewer1", Capacity.REVIEWER, "Still missing?", REVIEW.plusSeconds(5));
        ReviewThread answeredBefore = new ReviewThread(questionnaire, AnswerContentTest.SCHOOLS);
        answeredBefore.add(CommentKind.COMMENT, "expert1", Capacity.EXPERT, "Done.", REVIEW.minusSeconds(5));
        assertEquals(
                List.of("LAB-ACT-01"),
                ReviewChanges.since(REVIEW, List.of(), code -> B, List.of(replied, onlyReviewer, answeredBefore))
                        .threadsWithReplies());
    }

    @Test
    void aSaveIsReadFromItsAuditEvent() {
        AuditEvent saved = event(REVIEW, EXPERT, "ANSWER_SAVED", json(B), json(C));
        assertEquals(new AnswerSaved("LAB-ACT-01", REVIEW, B, C), AnswerSaved.of(saved));
        assertEquals(
                AnswerContent.EMPTY,
                AnswerSaved.of(event(REVIEW, EXPERT, "ANSWER_SAVED", null, json(C)))
                        .before());
        assertEquals("c1/ES51/LAB-ACT-01", AnswerSaved.subject("c1", "ES51", "LAB-ACT-01"));
        assertThrows(
                IllegalArgumentException.class,
                () -> AnswerSaved.of(event(REVIEW, REVIEWER, "QUESTIONNAIRE_ACCEPT", null, null)));
    }
}
