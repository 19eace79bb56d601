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
}
