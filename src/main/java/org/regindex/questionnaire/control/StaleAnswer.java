package org.regindex.questionnaire.control;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.entity.Answer;

/** The answer changed since the caller read it: nothing is overwritten, and the newer value is shown. */
public class StaleAnswer extends Refusal {
    private static final String CONDITION = "StaleAnswer"; // the problem type: part of the API
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final transient Answer current;

    public StaleAnswer(Answer current) {
        super(
                Kind.CONFLICT,
                CONDITION,
                "Your change to " + current.indicator().code() + " was not saved: " + current.updatedBy()
                        + " saved a newer version at " + WHEN.format(current.updatedAt()) + " ("
                        + current.content().summary()
                        + "). Reload the answer, then make your change again.");
        this.current = current;
    }

    public Answer current() {
        return current;
    }
}
