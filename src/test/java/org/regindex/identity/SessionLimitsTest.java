package org.regindex.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.regindex.identity.control.SessionLimits;

class SessionLimitsTest {

    private static final Instant SIGN_IN = Instant.parse("2026-12-01T08:00:00Z");
    private final SessionLimits limits = new SessionLimits(Duration.ofMinutes(120), Duration.ofHours(12));

    @Test
    void theContainerEndsASessionAfterTheIdleTimeoutInSeconds() {
        assertEquals(7200, limits.idleSeconds());
        assertEquals(
                2,
                new SessionLimits(Duration.ofMillis(1500), Duration.ofHours(1)).idleSeconds(),
                "a part of a second counts as one");
    }

    @Test
    void aSessionLastsUpToTheAbsoluteTimeoutAfterSignInHoweverBusy() {
        assertFalse(limits.expired(SIGN_IN, SIGN_IN));
        assertFalse(limits.expired(SIGN_IN, SIGN_IN.plus(Duration.ofHours(12)).minusMillis(1)));
        assertTrue(limits.expired(SIGN_IN, SIGN_IN.plus(Duration.ofHours(12))));
        assertTrue(limits.expired(SIGN_IN, SIGN_IN.plus(Duration.ofDays(3))));
    }

    @Test
    void timeoutsArePositive() {
        assertThrows(IllegalArgumentException.class, () -> new SessionLimits(Duration.ZERO, Duration.ofHours(1)));
        assertThrows(
                IllegalArgumentException.class, () -> new SessionLimits(Duration.ofMinutes(5), Duration.ofMinutes(-1)));
        assertThrows(IllegalArgumentException.class, () -> new SessionLimits(null, Duration.ofHours(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SessionLimits(Duration.ofDays(36500 * 10), Duration.ofHours(1)));
    }
}
