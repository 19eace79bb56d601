package org.regindex.platform.control;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Column names that R, Stata and SPSS all read as they are: lower-case letters, digits and {@code _},
 * starting with a letter and not ending with {@code _}, at most {@value #MAX_LENGTH} characters, none of
 * their reserved words. Lower case only, because SPSS does not tell {@code a} from {@code A}.
 */
public final class ColumnNames {

    public static final int MAX_LENGTH = 32;

    private static final Pattern VALID = Pattern.compile("[a-z]([a-z0-9_]{0," + (MAX_LENGTH - 2) + "}[a-z0-9])?");
    private static final Pattern STATA_STRING_TYPE = Pattern.compile("str([0-9]+|l)");
    private static final Set<String> RESERVED = Set.of(
            // R
            "if",
            "else",
            "repeat",
            "while",
            "function",
            "for",
            "next",
            "break",
            "true",
            "false",
            "null",
            "inf",
            "nan",
            "na",
            "na_integer_",
            "na_real_",
            "na_character_",
            "na_complex_",
            "in",
            // Stata
            "byte",
            "double",
            "float",
            "int",
            "long",
            "using",
            "with",
            // SPSS
            "all",
            "and",
            "by",
            "eq",
            "ge",
            "gt",
            "le",
            "lt",
            "ne",
            "not",
            "or",
            "to");

    private ColumnNames() {}

    public static boolean valid(String name) {
        return VALID.matcher(name).matches()
                && !RESERVED.contains(name)
                && !STATA_STRING_TYPE.matcher(name).matches();
    }

    /**
     * {@code preferred} made valid (other characters become {@code _}, cut to the length) and different
     * from every name in {@code taken}, if need be by a suffix {@code _2}, {@code _3}, ...
     */
    public static String unique(String preferred, Collection<String> taken) {
        String base =
                preferred.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "v_" + base;
        }
        String name = cut(base, MAX_LENGTH);
        for (int n = 2; !valid(name) || taken.contains(name); n++) {
            String suffix = "_" + n;
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return name;
    }

    private static String cut(String name, int length) {
        return (name.length() <= length ? name : name.substring(0, length)).replaceAll("_+$", "");
    }
}
