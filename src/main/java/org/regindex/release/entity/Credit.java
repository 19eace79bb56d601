package org.regindex.release.entity;

import java.util.List;
import org.regindex.identity.entity.Party;

/**
 * Who a release is credited to, frozen with it: the publisher, the creators (the consortium, first), the
 * cycle's named contributors, the funder and a contact address. Empty strings for what is not given.
 */
public record Credit(String publisher, List<Party> creators, List<Party> contributors, String funder, String contact) {

    public Credit {
        publisher = publisher == null ? "" : publisher.strip();
        creators = List.copyOf(creators);
        contributors = List.copyOf(contributors);
        funder = funder == null ? "" : funder.strip();
        contact = contact == null ? "" : contact.strip();
        if (publisher.isEmpty()) {
            throw new InvalidRelease("A release needs a publisher.");
        }
        if (creators.isEmpty()) {
            creators = List.of(Party.organisation(publisher));
        }
    }
}
