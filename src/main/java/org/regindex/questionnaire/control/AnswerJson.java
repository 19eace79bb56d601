package org.regindex.questionnaire.control;

import java.util.List;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.Source;

/** An answer's content as JSON, in the API and in audit events. The note is left out where it is not the caller's. */
public record AnswerJson(
        String option,
        boolean notApplicable,
        String notApplicableReason,
        String justification,
        List<SourceJson> sources,
        String note) {

    public record SourceJson(String citation, String url) {}

    public static AnswerJson of(AnswerContent content, boolean withNote) {
        return new AnswerJson(
                content.optionCode(),
                content.notApplicable(),
                content.notApplicableReason(),
                content.justification(),
                content.sources().stream()
                        .map(s -> new SourceJson(s.citation(), s.url()))
                        .toList(),
                withNote ? content.note() : null);
    }

    public AnswerContent toContent() {
        return new AnswerContent(
                option,
                notApplicable,
                notApplicableReason,
                justification,
                sources == null
                        ? List.of()
                        : sources.stream()
                                .map(s -> new Source(s.citation(), s.url()))
                                .toList(),
                note);
    }
}
