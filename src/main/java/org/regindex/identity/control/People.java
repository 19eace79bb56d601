package org.regindex.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.regindex.identity.entity.Person;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.Texts;

/** The people who have signed in, as Keycloak described them then; where notifications find addresses. */
@ApplicationScoped
public class People {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public void record(Caller caller) {
        Person person = Optional.ofNullable(em.find(Person.class, caller.username()))
                .orElseGet(() -> {
                    Person created = new Person(caller.username());
                    em.persist(created);
                    return created;
                });
        person.describe(
                caller.displayName(),
                caller.email(),
                caller.roles().stream().map(Role::roleName).collect(Collectors.joining(" ")),
                clock.instant());
        person.speaks(caller.language()
                .map(Texts::supported)
                .map(Locale::toLanguageTag)
                .orElse(null));
    }

    /** The language to write to someone in: theirs if they signed in with one, else English. */
    public Locale languageOf(String username) {
        return find(username).flatMap(Person::language).map(Texts::orEnglish).orElse(Locale.ENGLISH);
    }

    public Optional<Person> find(String username) {
        return Optional.ofNullable(em.find(Person.class, username));
    }

    public List<Person> withRole(Role role) {
        return em.createQuery("select p from Person p where p.roles like :role", Person.class)
                .setParameter("role", "%" + role.roleName() + "%")
                .getResultStream()
                .filter(p -> p.hasRole(role))
                .toList();
    }
}
