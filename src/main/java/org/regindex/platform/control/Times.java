package org.regindex.platform.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** A moment as a reader reads it: in their time zone and language, with the zone named ("2 Dec 2026, 11:05 CET"). */
public final class Times {

    /** Where a reader's own time zone is unknown (the index's coordinating office). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Brussels");

    private Times() {}

    public static String of(Instant at, Locale language, ZoneId zone) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(language)
                        .withZone(zone)
                        .format(at)
                + " " + zone.getDisplayName(TextStyle.SHORT, language).replace("GMT", "UTC");
    }

    /** The zone a tag names ({@code Europe/Madrid}), else the default. */
    public static ZoneId zone(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(tag.strip());
        } catch (java.time.DateTimeException unknown) {
            return DEFAULT_ZONE;
        }
    }
}
