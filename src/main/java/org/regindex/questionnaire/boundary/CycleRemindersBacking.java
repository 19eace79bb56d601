package org.regindex.questionnaire.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.regindex.codebook.entity.DeadlineStep;
import org.regindex.platform.boundary.Address;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.control.Reminders.SentReminder;

/** The cycle page's reminders: one button per step to remind now, and the automatic reminders sent so far. */
@Named
@ViewScoped
public class CycleRemindersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReminderDesk desk;

    private String code;
    private transient List<SentReminder> sent;

    @PostConstruct
    void readAddress() {
        code = Address.parameter("code");
    }

    public List<DeadlineStep> getSteps() {
        return List.of(DeadlineStep.values());
    }

    public void remind(DeadlineStep step) {
        try {
            PageMessages.done(
                    PageTexts.text("cycle.remind.done", desk.remind(code, step).size()));
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public List<SentReminder> getSent() {
        if (sent == null) {
            sent = code == null ? List.of() : desk.sent(code);
        }
        return sent;
    }
}
