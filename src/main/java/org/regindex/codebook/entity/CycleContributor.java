package org.regindex.codebook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.regindex.identity.entity.Party;

/** A person or organisation a cycle credits as contributor, stored as the {@link Party} it stands for. */
@Embeddable
public class CycleContributor {

    @Column(nullable = false)
    private String name;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(nullable = false)
    private String affiliation;

    @Column(nullable = false)
    private String orcid;

    protected CycleContributor() {}

    CycleContributor(Party party) {
        this.name = party.name();
        this.givenName = party.givenName();
        this.familyName = party.familyName();
        this.affiliation = party.affiliation();
        this.orcid = party.orcid();
    }

    public Party party() {
        return new Party(name, givenName, familyName, affiliation, orcid);
    }
}
