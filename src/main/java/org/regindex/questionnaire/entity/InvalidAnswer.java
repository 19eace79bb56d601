package org.regindex.questionnaire.entity;

import java.util.List;
import org.regindex.platform.entity.Refusal;

/** An answer that cannot be saved as sent, with every reason. */
public class InvalidAnswer extends Refusal {
    private static final String CONDITION = "InvalidAnswer"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public InvalidAnswer(String indicatorCode, List<String> problems) {
        super(
                Kind.INVALID,
                CONDITION,
                "The answer to " + indicatorCode + " was not saved: " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
