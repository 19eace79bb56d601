package org.regindex.publication.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Scores and dates as a reader of one language writes them: one decimal (rounded half-up, as scores are
 * stored), the locale's decimal mark, dates in UTC. Not thread-safe: one per request.
 */
public final class ScoreFormat {

    private final NumberFormat numbers;
    private final DateTimeFormatter dates;
    private final String none;

    public ScoreFormat(Locale locale, String none) {
        this.numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMinimumFractionDigits(1);
        numbers.setMaximumFractionDigits(1);
        numbers.setRoundingMode(RoundingMode.HALF_UP);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(ZoneOffset.UTC);
        this.none = none;
    }

    /** A score with one decimal, or the word for "no score" when nothing applicable was answered. */
    public String score(BigDecimal value) {
        return value == null ? none : numbers.format(value.setScale(1, RoundingMode.HALF_UP));
    }

    /** A signed difference with one decimal: "+2.5", "−1.0" (a real minus sign), "0.0". */
    public String change(BigDecimal before, BigDecimal after) {
        if (before == null || after == null) {
            return "";
        }
        BigDecimal delta = after.subtract(before).setScale(1, RoundingMode.HALF_UP);
        String magnitude = numbers.format(delta.abs());
        return delta.signum() > 0 ? "+" + magnitude : delta.signum() < 0 ? "\u2212" + magnitude : magnitude;
    }

    public String date(Instant instant) {
        return instant == null ? "" : dates.format(instant);
    }

    /** The width of a bar in percent for CSS, whatever the locale's decimal mark: "66.8". */
    public static String percent(BigDecimal value) {
        if (value == null) {
            return "0";
        }
        BigDecimal clamped = value.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        return clamped.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * One of five shades of a score (0 lowest to 4 highest), for cell colours that all keep the
     * page's dark text readable; "none" for no score. The number is always shown beside the colour.
     */
    public static String shade(BigDecimal value) {
        if (value == null) {
            return "shade-none";
        }
        int band = Math.min(
                4,
                value.max(BigDecimal.ZERO)
                        .divide(BigDecimal.valueOf(20), 0, RoundingMode.FLOOR)
                        .intValue());
        return "shade-" + band;
    }

    /** How far a change must go to take the stronger of its direction's two shades, in points of 0 to 100. */
    static final BigDecimal STRONG_CHANGE = BigDecimal.valueOf(5);

    /**
     * One of five shades of a change as {@link #change} rounds it: "change-down-2" (down by 5 points or more),
     * "change-down-1", "change-0" (none), "change-up-1", "change-up-2" (up by 5 or more); "shade-none" when either
     * score is missing.
     */
    public static String changeShade(BigDecimal before, BigDecimal after) {
        if (before == null || after == null) {
            return "shade-none";
        }
        BigDecimal delta = after.subtract(before).setScale(1, RoundingMode.HALF_UP);
        if (delta.signum() == 0) {
            return "change-0";
        }
        String direction = delta.signum() > 0 ? "change-up-" : "change-down-";
        return direction + (delta.abs().compareTo(STRONG_CHANGE) >= 0 ? 2 : 1);
    }
}
