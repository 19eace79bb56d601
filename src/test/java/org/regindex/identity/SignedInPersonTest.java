package org.regindex.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regindex.identity.control.SignedInPerson;

class SignedInPersonTest {

    private final SignedInPerson person = new SignedInPerson(
            "expert1",
            new HashSet<>(Set.of("expert")),
            new HashMap<>(Map.of("name", "Ana Expert", "locale", "es")),
            "eyJ.id.token",
            Instant.parse("2026-12-04T10:00:00Z"));

    @Test
    void survivesTheTripToAnotherInstance() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(person);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(person, in.readObject());
        }
    }

    @Test
    void keepsItsOwnCopies() {
        Set<String> groups = new HashSet<>(Set.of("reviewer"));
        SignedInPerson reviewer = new SignedInPerson("reviewer1", groups, Map.of(), "t", Instant.EPOCH);
        groups.add("coordinator");
        assertEquals(Set.of("reviewer"), reviewer.groups());
    }

    @Test
    void readsTheClaimsItKept() {
        assertEquals(Optional.of("Ana Expert"), person.claim("name"));
        assertEquals(Optional.empty(), person.claim("email"));
    }

    @Test
    void needsAUsername() {
        assertThrows(
                IllegalArgumentException.class, () -> new SignedInPerson(" ", Set.of(), Map.of(), "t", Instant.EPOCH));
    }
}
