package org.regindex.platform.entity;

import java.util.Locale;
import java.util.Set;

/**
 * A country's name, from the two-letter code a region carries, in the reader's language ("Spain", "España").
 * Regions are coded as NUTS codes are, so Greece is EL and the United Kingdom UK; a code that names no country
 * (a user-assigned one such as XA) is shown as it is.
 */
public final class Countries {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private Countries() {}

    public static String name(String code, Locale in) {
        if (code == null) {
            return "";
        }
        String iso = switch (code) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> code;
        };
        return ISO.contains(iso) ? new Locale("", iso).getDisplayCountry(in) : code;
    }
}
