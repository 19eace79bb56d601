package org.regindex.platform.entity;

/**
 * What a person is told when their request broke a constraint of the schema: the status and the sentence
 * the schema keeps for that constraint and that kind of violation ({@code constraint_sentence}, filled by
 * the migrations). {@code {value}} in the sentence stands for the duplicate value the database names.
 */
public record ConstraintSentence(String constraint, String table, Violation violation, int status, String sentence) {

    /** How a request can break a unique or foreign key. */
    public enum Violation {
        /** A second row with the same key: someone made it first. */
        DUPLICATE,
        /** A row that refers to one that is not there (any more). */
        MISSING_PARENT,
        /** A row removed while others still refer to it. */
        STILL_REFERENCED
    }

    /** The refusal to answer, its sentence with the duplicate value (when the database named one). */
    public Refusal refusal(String value) {
        String text = sentence.replace("{value}", value == null ? "" : value);
        Refusal.Kind kind = status == Refusal.Kind.NOT_FOUND.status ? Refusal.Kind.NOT_FOUND : Refusal.Kind.CONFLICT;
        return switch (violation) {
            case DUPLICATE -> new AlreadyExists(kind, text);
            case MISSING_PARENT -> new ParentMissing(kind, text);
            case STILL_REFERENCED -> new StillReferenced(kind, text);
        };
    }

    /** The sentence for a constraint the schema has no row for (a migration forgot it: RacesIT says so). */
    public static ConstraintSentence unknown(String constraint, String table, Violation violation) {
        return new ConstraintSentence(
                constraint,
                table,
                violation,
                violation == Violation.MISSING_PARENT ? 404 : 409,
                switch (violation) {
                    case DUPLICATE ->
                        "This exists already; someone may have made it at the same moment. Reload to see it.";
                    case MISSING_PARENT ->
                        "What this refers to no longer exists; someone may have removed it meanwhile.";
                    case STILL_REFERENCED -> "Other data still refers to this, so it cannot be removed.";
                });
    }
}
