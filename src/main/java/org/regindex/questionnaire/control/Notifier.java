package org.regindex.questionnaire.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regindex.assignment.control.Assignments;
import org.regindex.assignment.control.CountryLeads;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.People;
import org.regindex.identity.entity.Person;
import org.regindex.identity.entity.Role;
import org.regindex.platform.entity.PublicSite;
import org.regindex.questionnaire.entity.Notification;
import org.regindex.questionnaire.entity.Transition;

/**
 * Tells the people a workflow step concerns ({@link Recipients}). In the
 * application always; by e-mail where an address is known and SMTP is configured. Each is written in the
 * recipient's language (the one their account named at their last sign-in, else English), names the
 * person who acted (or only their role in a blind review) and links to the questionnaire.
 */
@ApplicationScoped
public class Notifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    Assignments assignments;

    @Inject
    People people;

    @Inject
    CountryLeads countryLeads;

    @Inject
    Event<Mailer.Outgoing> outgoing;

    @Inject
    Clock clock;

    @Inject
    PublicSite site;

    public void questionnaireMoved(Cycle cycle, Region region, Transition transition, String actor, String reason) {
        Set<String> recipients = Recipients.of(
                transition,
                assignments.of(cycle, region),
                () -> people.withRole(Role.COORDINATOR).stream()
                        .map(Person::username)
                        .toList(),
                cycle.countryLevel() ? countryLeads.of(cycle, region.countryCode()) : List.of(),
                actor);
        if (recipients.isEmpty()) {
            return;
        }
        boolean hidden = Recipients.actorHidden(cycle, transition);
        String name = people.find(actor).map(Person::displayName).orElse(actor);
        String link = "/app/questionnaire.xhtml?cycle=" + cycle.code() + "&region=" + region.code();
        List<Mailer.Mail> mails = new ArrayList<>();
        for (String recipient : recipients) {
            Locale language = people.languageOf(recipient);
            NotificationText text = NotificationText.of(
                    language,
                    transition,
                    region.name(),
                    region.code(),
                    cycle.name(),
                    hidden ? NotificationText.hidden(language, transition) : name,
                    reason,
                    site.url(link));
            em.persist(new Notification(recipient, clock.instant(), text.subject(), text.body(), link));
            people.find(recipient)
                    .map(Person::email)
                    .filter(email -> !email.isBlank())
                    .ifPresent(email -> mails.add(new Mailer.Mail(email, "[Regindex] " + text.subject(), text.body())));
        }
        outgoing.fire(new Mailer.Outgoing(mails));
    }
}
