package org.regindex.questionnaire.control;

import java.util.List;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.Confidence;
import org.regindex.questionnaire.entity.Source;

/**
 * An answer's content as JSON, in the API and in audit events. The note is left out where it is not the
 * caller's; the confidence ({@code low}, {@code medium}, {@code high}) while the expert has not said it.
 */
public record AnswerJson(
        String option,
        boolean notApplicable,
        String notApplicableReason,
        String justification,
        List<SourceJson> sources,
        String note,
        String confidence) {

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
                withNote ? content.note() : null,
                content.confidence() == null ? null : content.confidence().code());
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
                note,
                Confidence.byCode(confidence).orElse(null));
    }
}
