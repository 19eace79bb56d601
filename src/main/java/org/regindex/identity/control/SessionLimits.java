package org.regindex.identity.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a signed-in session lasts: it ends after {@code idle} without a request (the servlet container ends it),
 * and {@code absolute} after the sign-in however busy it is (checked on every request).
 */
public record SessionLimits(Duration idle, Duration absolute) {

    public SessionLimits {
        if (idle == null
                || absolute == null
                || idle.isNegative()
                || idle.isZero()
                || absolute.isNegative()
                || absolute.isZero()) {
            throw new IllegalArgumentException(
                    "Session timeouts must be positive: idle " + idle + ", absolute " + absolute);
        }
        if (idle.toSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The idle timeout is too long: " + idle);
        }
    }

    /** For the servlet container, which counts whole seconds; a part of a second is rounded up. */
    public int idleSeconds() {
        long seconds = idle.getSeconds() + (idle.getNano() > 0 ? 1 : 0);
        return (int) Math.min(seconds, Integer.MAX_VALUE);
    }

    /** Whether a session signed in at {@code signedInAt} has outlived the absolute limit at {@code now}. */
    public boolean expired(Instant signedInAt, Instant now) {
        return !now.isBefore(signedInAt.plus(absolute));
    }
}
