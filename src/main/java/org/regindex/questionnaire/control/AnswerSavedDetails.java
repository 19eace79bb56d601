package org.regindex.questionnaire.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import org.regindex.platform.control.AuditDetails;
import org.regindex.platform.entity.FieldChange;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.QuestionnaireEvent;
import org.regindex.questionnaire.entity.Source;

/**
 * A saved answer in the audit trail as the fields that changed (option, not applicable and its reason,
 * justification, sources), with the same notion of a changed field as the reviewer's "changed since".
 */
@ApplicationScoped
public class AnswerSavedDetails implements AuditDetails {

    @Override
    public List<FieldChange> changes(String action, String before, String after) {
        if (!QuestionnaireEvent.ANSWER_SAVED.is(action)) {
            return List.of();
        }
        return changes(AnswerSaved.content(before), AnswerSaved.content(after));
    }

    /** The differing fields of two versions of an answer, each labelled by its bundle key. */
    public static List<FieldChange> changes(AnswerContent before, AnswerContent after) {
        return new ReviewChanges.ChangedAnswer("", before, after)
                .fields().stream()
                        .map(field -> new FieldChange(
                                "reviewChanges.field." + field.name(), value(field, before), value(field, after)))
                        .toList();
    }

    private static String value(ReviewChanges.Field field, AnswerContent answer) {
        return switch (field) {
            case OPTION -> answer.optionCode() == null ? "" : answer.optionCode();
            case NOT_APPLICABLE -> answer.notApplicable() ? answer.notApplicableReason() : "";
            case JUSTIFICATION -> answer.justification();
            case SOURCES ->
                answer.sources().stream().map(AnswerSavedDetails::source).collect(Collectors.joining("; "));
        };
    }

    private static String source(Source source) {
        return source.url() == null || source.url().isBlank()
                ? source.citation()
                : source.citation() + " <" + source.url() + ">";
    }
}
