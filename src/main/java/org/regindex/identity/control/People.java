package org.regindex.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.regindex.identity.entity.Person;
import org.regindex.identity.entity.Role;

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
