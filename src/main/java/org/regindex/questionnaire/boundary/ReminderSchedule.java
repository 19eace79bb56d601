package org.regindex.questionnaire.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for due reminders every {@code reminders.check.seconds} on every instance; the record of sent reminders
 * (see questionnaire.control.Reminders) lets each go out once however many instances look.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ReminderDesk desk;

    @Inject
    @ConfigProperty(name = "reminders.check.seconds", defaultValue = "3600")
    long checkSeconds;

    @PostConstruct
    void start() {
        long every = Duration.ofSeconds(Math.max(1, checkSeconds)).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("reminders", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDue() {
        for (String cycle : desk.remindingCycles()) {
            try {
                int sent = desk.sendDue(cycle).size();
                if (sent > 0) {
                    LOG.info(() -> sent + " reminders sent in cycle " + cycle);
                }
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Could not send the reminders of cycle " + cycle + "; the next check tries again",
                        e);
            }
        }
    }
}
