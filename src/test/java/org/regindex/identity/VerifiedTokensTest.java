package org.regindex.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regindex.identity.control.VerifiedTokens;

/** A verified bearer token is trusted until it expires, by the whole token, and never after. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Principal EXPERT = () -> "expert1";

    private static final class Ticking extends Clock {
        Instant now = NOW;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aVerifiedTokenNamesItsCallerAndGroupsUntilItExpiresAndNotAfter() {
        Ticking clock = new Ticking();
        VerifiedTokens tokens = new VerifiedTokens(clock);
        tokens.verified("a.b.c", EXPERT, Set.of("expert"), NOW.plusSeconds(300));
        VerifiedTokens.Verified known = tokens.known("a.b.c").orElseThrow();
        assertEquals("expert1", known.caller().getName());
        assertEquals(Set.of("expert"), known.groups());

        clock.now = NOW.plusSeconds(299);
        assertTrue(tokens.known("a.b.c").isPresent());
        clock.now = NOW.plusSeconds(300);
        assertFalse(tokens.known("a.b.c").isPresent(), "expired at its exp");
        assertEquals(0, tokens.size(), "and forgotten");
    }

    @Test
    void onlyTheWholeTokenIsKnownAndAnExpiredOneIsNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(Clock.fixed(NOW, ZoneOffset.UTC));
        tokens.verified("header.payload.signature", EXPERT, Set.of(), NOW.plus(Duration.ofMinutes(5)));
        assertFalse(tokens.known("header.payload.signatur").isPresent());
        assertFalse(tokens.known("header.payload.signatureX").isPresent());
        tokens.verified("old", EXPERT, Set.of(), NOW.minusSeconds(1));
        assertFalse(tokens.known("old").isPresent());
        assertEquals(1, tokens.size());
    }

    @Test
    void atMostTenThousandTokensAreKeptTheLeastRecentlyUsedGoFirst() {
        VerifiedTokens tokens = new VerifiedTokens(Clock.fixed(NOW, ZoneOffset.UTC));
        tokens.verified("first", EXPERT, Set.of(), NOW.plusSeconds(60));
        for (int i = 0; i < 10_000; i++) {
            tokens.verified("token" + i, EXPERT, Set.of(), NOW.plusSeconds(60));
        }
        assertEquals(10_000, tokens.size());
        assertFalse(tokens.known("first").isPresent());
        assertTrue(tokens.known("token9999").isPresent());
    }
}
