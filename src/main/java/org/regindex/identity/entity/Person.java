package org.regindex.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone as Keycloak last described them when they signed in: name, e-mail address and roles. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String roles;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected Person() {}

    public Person(String username) {
        this.username = username;
    }

    public void describe(String newDisplayName, String newEmail, String newRoles, Instant seen) {
        this.displayName = newDisplayName;
        this.email = newEmail;
        this.roles = newRoles;
        this.lastSeen = seen;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public boolean hasRole(Role role) {
        return (" " + roles + " ").contains(" " + role.roleName() + " ");
    }
}
