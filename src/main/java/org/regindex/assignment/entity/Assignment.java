package org.regindex.assignment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.regex.Pattern;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.InvalidCycle;
import org.regindex.codebook.entity.Region;

/** A person (Keycloak username) as expert or reviewer of a region in a cycle. */
@Entity
@Table(name = "assignment")
public class Assignment {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id", updatable = false)
    private Cycle cycle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_id", updatable = false)
    private Region region;

    @Column(nullable = false, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AssignmentRole role;

    protected Assignment() {}

    /** Refuses what cannot be a Keycloak user name, before anyone asks Keycloak about it. */
    public static void requireUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidCycle("\"" + username + "\" is not a user name: 1 to 100 letters, digits or . _ @ -");
        }
    }

    public Assignment(Cycle cycle, Region region, String username, AssignmentRole role) {
        requireUsername(username);
        if (role == null) {
            throw new InvalidCycle("An assignment needs a role: expert or reviewer.");
        }
        if (!cycle.covers(region)) {
            throw new InvalidCycle("The region " + region.code() + " is not in cycle " + cycle.code()
                    + "; add it to the cycle before assigning people to it.");
        }
        this.cycle = cycle;
        this.region = region;
        this.username = username;
        this.role = role;
    }

    public Long id() {
        return id;
    }

    public Cycle cycle() {
        return cycle;
    }

    public Region region() {
        return region;
    }

    public String username() {
        return username;
    }

    public AssignmentRole role() {
        return role;
    }
}
