package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.DeadlineStep;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;
import org.regindex.questionnaire.control.ReminderPlan.Reminder;
import org.regindex.questionnaire.control.Reminders;
import org.regindex.questionnaire.control.Reminders.SentReminder;
import org.regindex.questionnaire.entity.QuestionnaireEvent;

/** Reminders of deadlines: the automatic ones of each cycle, and those a coordinator sends by hand (audited). */
@ApplicationScoped
public class ReminderDesk {

    @Inject
    Caller caller;

    @Inject
    Cycles cycles;

    @Inject
    Reminders reminders;

    @Inject
    AuditTrail audit;

    /** The codes of the open cycles whose coordinators asked for automatic reminders. */
    @Transactional
    public List<String> remindingCycles() {
        return cycles.all().stream()
                .filter(cycle -> cycle.isOpen() && cycle.reminderDays().isPresent())
                .map(Cycle::code)
                .toList();
    }

    /** One cycle's automatic reminders due today, each sent once, in a transaction of their own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Reminder> sendDue(String cycleCode) {
        return reminders.sendDue(cycles.byCode(cycleCode));
    }

    @Transactional
    public List<Reminder> remind(String cycleCode, DeadlineStep step) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = cycles.byCode(cycleCode);
        List<Reminder> sent = reminders.sendByHand(cycle, step, caller.username());
        audit.record(
                caller.actingAs(Role.COORDINATOR),
                QuestionnaireEvent.REMINDER_SENT,
                new Subject("cycle", cycle.code(), cycle.code(), null),
                null,
                Map.of(
                        "step",
                        step.name(),
                        "recipients",
                        sent.stream().map(Reminder::recipient).toList()));
        return sent;
    }

    @Transactional
    public List<SentReminder> sent(String cycleCode) {
        caller.require(Role.COORDINATOR);
        return reminders.sent(cycles.byCode(cycleCode));
    }
}
