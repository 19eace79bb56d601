package org.regindex.questionnaire.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.regindex.assignment.control.Assignments;
import org.regindex.assignment.control.CountryLeads;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.DeadlineStep;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.People;
import org.regindex.identity.entity.Person;
import org.regindex.identity.entity.Role;
import org.regindex.platform.entity.PublicSite;
import org.regindex.questionnaire.control.ReminderPlan.Reminder;
import org.regindex.questionnaire.control.ReminderPlan.Waiting;
import org.regindex.questionnaire.entity.Notification;
import org.regindex.questionnaire.entity.Questionnaire;
import org.regindex.questionnaire.entity.QuestionnaireState;

/**
 * Sends reminders of deadlines: in the application always, by e-mail where an address is known and SMTP is
 * configured, in each recipient's language. An automatic reminder is first recorded in {@code reminder_sent},
 * whose key admits it once per person, step, kind and deadline: a second sweep, a restarted server or another
 * instance sweeping at the same moment finds it there and sends nothing. Callers own the transaction.
 */
@ApplicationScoped
public class Reminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Assignments assignments;

    @Inject
    CountryLeads countryLeads;

    @Inject
    Questionnaires questionnaires;

    @Inject
    People people;

    @Inject
    Event<Mailer.Outgoing> outgoing;

    @Inject
    Clock clock;

    @Inject
    PublicSite site;

    /** Sends the automatic reminders of {@code cycle} due today that nobody sent yet; returns those it sent. */
    public List<Reminder> sendDue(Cycle cycle) {
        List<Reminder> sent = new ArrayList<>();
        for (Reminder reminder : ReminderPlan.due(cycle, waiting(cycle), coordinators(), today())) {
            if (claim(cycle, reminder)) {
                sent.add(reminder);
            }
        }
        tell(cycle, sent, null);
        return sent;
    }

    /** Sends the reminders of one step to everyone a questionnaire waits for there, now, in the name of {@code by}. */
    public List<Reminder> sendByHand(Cycle cycle, DeadlineStep step, String by) {
        List<Reminder> reminders = ReminderPlan.byHand(cycle, waiting(cycle), coordinators(), step, today());
        tell(cycle, reminders, people.find(by).map(Person::displayName).orElse(by));
        return reminders;
    }

    /** The automatic reminders sent in a cycle, oldest first. */
    public List<SentReminder> sent(Cycle cycle) {
        List<?> rows = em.createNativeQuery("select recipient, step, kind, deadline, regions, sent_at"
                        + " from reminder_sent where cycle_id = ? order by id")
                .setParameter(1, cycle.id())
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(SentReminder::of).toList();
    }

    /** An automatic reminder as {@code reminder_sent} keeps it. */
    public record SentReminder(
            String recipient, String step, String kind, LocalDate deadline, List<String> regions, Instant sentAt) {

        static SentReminder of(Object[] row) {
            return new SentReminder(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    ((java.sql.Date) row[3]).toLocalDate(),
                    List.of(((String) row[4]).split(" ")),
                    ((Timestamp) row[5]).toInstant());
        }

        public String regionList() {
            return String.join(", ", regions);
        }
    }

    private boolean claim(Cycle cycle, Reminder reminder) {
        return em.createNativeQuery(
                                "insert ignore into reminder_sent"
                                        + " (cycle_id, step, kind, recipient, deadline, regions, sent_at) values (?, ?, ?, ?, ?, ?, ?)")
                        .setParameter(1, cycle.id())
                        .setParameter(2, reminder.step().name())
                        .setParameter(3, reminder.kind().name())
                        .setParameter(4, reminder.recipient())
                        .setParameter(5, java.sql.Date.valueOf(reminder.deadline()))
                        .setParameter(
                                6, reminder.regions().stream().map(Region::code).collect(Collectors.joining(" ")))
                        .setParameter(7, Timestamp.from(clock.instant()))
                        .executeUpdate()
                == 1;
    }

    private void tell(Cycle cycle, List<Reminder> reminders, String sentBy) {
        List<Mailer.Mail> mails = new ArrayList<>();
        List<String> coordinators = coordinators();
        for (Reminder reminder : reminders) {
            Locale language = people.languageOf(reminder.recipient());
            String link = link(cycle, reminder, coordinators.contains(reminder.recipient()));
            ReminderText text = ReminderText.of(language, reminder, cycle.name(), sentBy, site.url(link));
            em.persist(new Notification(reminder.recipient(), clock.instant(), text.subject(), text.body(), link));
            people.find(reminder.recipient())
                    .map(Person::email)
                    .filter(email -> !email.isBlank())
                    .ifPresent(email -> mails.add(new Mailer.Mail(email, "[Regindex] " + text.subject(), text.body())));
        }
        outgoing.fire(new Mailer.Outgoing(mails));
    }

    /** For coordinators approving, the cycle; else the questionnaire of a single region, or the person's own work. */
    private static String link(Cycle cycle, Reminder reminder, boolean toCoordinator) {
        if (reminder.step() == DeadlineStep.APPROVAL && toCoordinator) {
            return "/app/coordinator/cycle.xhtml?code=" + cycle.code();
        }
        return reminder.regions().size() == 1
                ? "/app/questionnaire.xhtml?cycle=" + cycle.code() + "&region="
                        + reminder.regions().get(0).code()
                : "/app/home.xhtml";
    }

    private List<Waiting> waiting(Cycle cycle) {
        Map<Region, QuestionnaireState> states = new LinkedHashMap<>();
        cycle.regions().forEach(region -> states.put(region, QuestionnaireState.NOT_STARTED));
        for (Questionnaire questionnaire : questionnaires.of(cycle)) {
            states.computeIfPresent(questionnaire.region(), (region, state) -> questionnaire.state());
        }
        Map<Region, List<Assignment>> assigned =
                assignments.of(cycle).stream().collect(Collectors.groupingBy(Assignment::region));
        List<Waiting> waiting = new ArrayList<>();
        states.forEach((region, state) -> {
            List<Assignment> people = assigned.getOrDefault(region, List.of());
            waiting.add(new Waiting(
                    region,
                    state,
                    named(people, AssignmentRole.EXPERT),
                    named(people, AssignmentRole.REVIEWER),
                    cycle.countryLevel() ? countryLeads.of(cycle, region.countryCode()) : List.of()));
        });
        return waiting;
    }

    private static List<String> named(Collection<Assignment> of, AssignmentRole role) {
        return of.stream()
                .filter(a -> a.role() == role)
                .map(Assignment::username)
                .toList();
    }

    private List<String> coordinators() {
        return people.withRole(Role.COORDINATOR).stream().map(Person::username).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
