package org.regindex.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Services take the time from an injected clock so that domain code and tests control it. */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
