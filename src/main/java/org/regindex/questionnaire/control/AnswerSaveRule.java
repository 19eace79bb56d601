package org.regindex.questionnaire.control;

import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.QuestionnaireState;

/**
 * Whether an expert's save of one answer goes ahead: only into an open cycle and an editable questionnaire;
 * sending what is stored already changes nothing (a double click, a replayed request); otherwise only on
 * the version the expert read (0 for an answer never saved), so nothing newer is overwritten.
 */
public final class AnswerSaveRule {

    public enum Outcome {
        /** What was sent is stored already. */
        UNCHANGED,
        /** The indicator's first answer. */
        FIRST,
        /** A new version of the stored answer. */
        REVISION
    }

    private AnswerSaveRule() {}

    /**
     * What the save stores: the sent content, with the stored private note when {@code keepNote}, and the
     * stored confidence when none is sent (a client that does not know the field keeps what the expert said).
     */
    public static AnswerContent content(Answer stored, AnswerContent sent, boolean keepNote) {
        AnswerContent kept = stored == null ? AnswerContent.EMPTY : stored.content();
        AnswerContent content = keepNote ? sent.withNote(kept.note()) : sent;
        return content.confidence() == null ? content.withConfidence(kept.confidence()) : content;
    }

    /**
     * What a save of {@code content} does to the indicator's {@code stored} answer (null when never saved);
     * refused ({@link QuestionnaireRefusals}, {@link StaleAnswer}) when it must not be stored.
     */
    public static Outcome check(
            String cycleCode,
            boolean cycleOpen,
            QuestionnaireState state,
            String indicatorCode,
            Answer stored,
            AnswerContent content,
            int readVersion) {
        if (!cycleOpen) {
            throw QuestionnaireRefusals.cycleClosed(cycleCode);
        }
        if (!state.editable()) {
            throw QuestionnaireRefusals.locked(state.label());
        }
        if (stored == null) {
            if (readVersion != 0) {
                throw QuestionnaireRefusals.noSuchVersion(indicatorCode);
            }
            return Outcome.FIRST;
        }
        if (stored.content().equals(content)) {
            return Outcome.UNCHANGED;
        }
        if (readVersion != stored.rowVersion()) {
            throw new StaleAnswer(stored);
        }
        return Outcome.REVISION;
    }
}
