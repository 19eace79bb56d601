package org.regindex.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** Someone as Keycloak last described them when they signed in: name, e-mail address, roles and language. */
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

    /** A language tag such as {@code de}; null until known. */
    @Column(name = "language")
    private String language;

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

    /** Remembers the language the person's account names (Keycloak's {@code locale}); the last one known stays. */
    public void speaks(String languageTag) {
        if (languageTag != null && !languageTag.isBlank()) {
            this.language = languageTag;
        }
    }

    /** The language to write to them in, as a tag ({@code de}), if known. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
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
