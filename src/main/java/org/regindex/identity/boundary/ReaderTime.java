package org.regindex.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.identity.control.Caller;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.control.Times;

/**
 * Times on the pages in the reader's time zone and the page's language: the zone of their account
 * ({@code zoneinfo}) where it names one, else {@code display.time.zone} (default Europe/Brussels).
 */
@Named("readerTime")
@RequestScoped
public class ReaderTime {

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "display.time.zone", defaultValue = "Europe/Brussels")
    String configured;

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            zone = Times.zone(caller.signedIn() ? caller.timeZone().orElse(configured) : configured);
        }
        return zone;
    }

    /** "2 Dec 2026, 11:05 CET"; "02.12.2026, 11:05 MEZ". */
    public String of(Instant at) {
        return Times.of(at, PageTexts.pageLocale(), zone());
    }
}
