package org.regindex.questionnaire.entity;

import java.util.Locale;
import java.util.Optional;

/** How sure an expert is of an answer, as coders' confidence is published beside expert-coded data. */
public enum Confidence {
    LOW,
    MEDIUM,
    HIGH;

    /** The lower-case code the API, the spreadsheets and the release files use. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The confidence with this code, case ignored; empty for a blank or unknown code. */
    public static Optional<Confidence> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Confidence confidence : values()) {
            if (confidence.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(confidence);
            }
        }
        return Optional.empty();
    }
}
