package org.regindex.assignment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.regindex.codebook.entity.Cycle;

/** A person who leads one country in a cycle with a country level: they approve its regions' questionnaires. */
@Entity
@Table(name = "country_lead")
@IdClass(CountryLead.Key.class)
public class CountryLead {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private Cycle cycle;

    @Id
    @Column(name = "country_code")
    private String countryCode;

    @Id
    private String username;

    protected CountryLead() {}

    public CountryLead(Cycle cycle, String countryCode, String username) {
        this.cycle = cycle;
        this.countryCode = countryCode;
        this.username = username;
    }

    public Cycle cycle() {
        return cycle;
    }

    public String countryCode() {
        return countryCode;
    }

    public String username() {
        return username;
    }

    /** The composite key: cycle, country, person. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long cycle;
        private String countryCode;
        private String username;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(cycle, key.cycle)
                    && Objects.equals(countryCode, key.countryCode)
                    && Objects.equals(username, key.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cycle, countryCode, username);
        }
    }
}
