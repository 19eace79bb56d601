package org.regindex.questionnaire.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import org.regindex.platform.entity.AuditEvent;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.QuestionnaireEvent;

/**
 * An expert's save as the audit trail keeps it: which indicator, when, and the answer before and after
 * (without the private note, which stays out of the trail). The one place that reads the event's JSON.
 */
public record AnswerSaved(String indicator, Instant at, AnswerContent before, AnswerContent after) {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** The subject of the event: {@code cycle/region/indicator}. */
    public static String subject(String cycleCode, String regionCode, String indicatorCode) {
        return cycleCode + "/" + regionCode + "/" + indicatorCode;
    }

    public static AnswerSaved of(AuditEvent event) {
        if (!QuestionnaireEvent.ANSWER_SAVED.is(event.action())) {
            throw new IllegalArgumentException("not a save of an answer: " + event.action());
        }
        return new AnswerSaved(
                event.subject().substring(event.subject().lastIndexOf('/') + 1),
                event.occurredAt(),
                content(event.before()),
                content(event.after()));
    }

    static AnswerContent content(String json) {
        return json == null
                ? AnswerContent.EMPTY
                : JSON.fromJson(json, AnswerJson.class).toContent();
    }
}
