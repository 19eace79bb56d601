package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.regindex.questionnaire.entity.AnswerContent;

/** Pages show an answer in a line through this: {@code #{changeSummary.of(content)}}. */
@Named
@ApplicationScoped
public class ChangeSummary {

    public String of(AnswerContent content) {
        return content.summary();
    }
}
