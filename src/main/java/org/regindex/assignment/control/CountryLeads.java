package org.regindex.assignment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.regex.Pattern;
import org.regindex.assignment.entity.CountryLead;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.InvalidCycle;
import org.regindex.platform.entity.Refusal;

/** Queries and storage of who leads which country in a cycle; callers own the transaction. */
@ApplicationScoped
public class CountryLeads {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    @PersistenceContext
    EntityManager em;

    public List<CountryLead> of(Cycle cycle) {
        return em.createQuery(
                        "select l from CountryLead l where l.cycle = :cycle order by l.countryCode, l.username",
                        CountryLead.class)
                .setParameter("cycle", cycle)
                .getResultList();
    }

    /** Every country a person leads, in every cycle. */
    public List<CountryLead> of(String username) {
        return em.createQuery(
                        "select l from CountryLead l where l.username = :username order by l.countryCode",
                        CountryLead.class)
                .setParameter("username", username)
                .getResultList();
    }

    /** The usernames of the leads of one country in a cycle. */
    public List<String> of(Cycle cycle, String countryCode) {
        return em.createQuery(
                        "select l.username from CountryLead l where l.cycle = :cycle and l.countryCode = :country"
                                + " order by l.username",
                        String.class)
                .setParameter("cycle", cycle)
                .setParameter("country", countryCode)
                .getResultList();
    }

    /** Makes {@code username} a lead of a country the cycle has regions in; once. */
    public CountryLead appoint(Cycle cycle, String countryCode, String username) {
        if (countryCode == null || !COUNTRY.matcher(countryCode).matches()) {
            throw new InvalidCycle(
                    "A country is named by its two capital letters (ISO 3166), e.g. ES, not \"" + countryCode + "\".");
        }
        if (cycle.regions().stream().noneMatch(region -> region.countryCode().equals(countryCode))) {
            throw new InvalidCycle(
                    Refusal.Kind.NOT_FOUND, "Cycle " + cycle.code() + " has no region in country " + countryCode + ".");
        }
        if (of(cycle, countryCode).contains(username)) {
            throw new InvalidCycle(
                    Refusal.Kind.CONFLICT,
                    username + " leads " + countryCode + " in cycle " + cycle.code() + " already.");
        }
        CountryLead lead = new CountryLead(cycle, countryCode, username);
        em.persist(lead);
        return lead;
    }

    public void remove(Cycle cycle, String countryCode, String username) {
        int removed = em.createQuery("delete from CountryLead l where l.cycle = :cycle and l.countryCode = :country"
                        + " and l.username = :username")
                .setParameter("cycle", cycle)
                .setParameter("country", countryCode)
                .setParameter("username", username)
                .executeUpdate();
        if (removed == 0) {
            throw new InvalidCycle(
                    Refusal.Kind.NOT_FOUND,
                    username + " does not lead " + countryCode + " in cycle " + cycle.code() + ".");
        }
    }
}
