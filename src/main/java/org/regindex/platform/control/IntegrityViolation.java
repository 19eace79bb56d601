package org.regindex.platform.control;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regindex.platform.entity.ConstraintSentence.Violation;

/**
 * A unique or foreign key of the schema that refused a statement, read out of MariaDB's error wherever it
 * sits in the chain of causes (JDBC, EclipseLink's {@code DatabaseException}, JPA's
 * {@code PersistenceException}, JTA's {@code RollbackException} and {@code TransactionalException}): the
 * kind of violation, the constraint's name, its table where the error says it (a foreign key) or the
 * statement does (a primary key, which MariaDB only calls {@code PRIMARY}), and the duplicate value.
 */
public record IntegrityViolation(Violation violation, String constraint, String table, String value) {

    /** MariaDB's ER_DUP_ENTRY. */
    static final int DUPLICATE_ENTRY = 1062;
    /** ER_ROW_IS_REFERENCED_2 and the older ER_ROW_IS_REFERENCED. */
    static final int ROW_IS_REFERENCED = 1451;

    static final int ROW_IS_REFERENCED_OLD = 1217;
    /** ER_NO_REFERENCED_ROW_2 and the older ER_NO_REFERENCED_ROW. */
    static final int NO_REFERENCED_ROW = 1452;

    static final int NO_REFERENCED_ROW_OLD = 1216;

    public static final String PRIMARY = "PRIMARY";

    private static final Pattern DUPLICATE =
            Pattern.compile("Duplicate entry '(.*)' for key '([^']+)'", Pattern.DOTALL);
    private static final Pattern FOREIGN =
            Pattern.compile("foreign key constraint fails \\(`[^`]*`\\.`([^`]+)`, CONSTRAINT `([^`]+)`");
    private static final Pattern STATEMENT =
            Pattern.compile("(?i)\\b(?:insert\\s+(?:ignore\\s+)?into|update)\\s+`?(\\w+)`?");

    /** The violation that caused this failure, if a unique or foreign key did. */
    public static Optional<IntegrityViolation> in(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 50; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql && sql.getMessage() != null) {
                Optional<IntegrityViolation> found = of(sql.getErrorCode(), sql.getMessage(), statement(failure));
                if (found.isPresent()) {
                    return found;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** MariaDB's error code and message; {@code table} is the table the statement wrote, if known. */
    static Optional<IntegrityViolation> of(int errorCode, String message, String table) {
        if (errorCode == DUPLICATE_ENTRY) {
            Matcher duplicate = DUPLICATE.matcher(message);
            if (duplicate.find()) {
                String key = duplicate.group(2);
                String constraint = key.substring(key.lastIndexOf('.') + 1); // MySQL 8 says table.key
                return Optional.of(new IntegrityViolation(
                        Violation.DUPLICATE,
                        constraint,
                        constraint.equals(PRIMARY) ? table : null,
                        duplicate.group(1)));
            }
            return Optional.empty();
        }
        boolean referenced = errorCode == ROW_IS_REFERENCED || errorCode == ROW_IS_REFERENCED_OLD;
        boolean missing = errorCode == NO_REFERENCED_ROW || errorCode == NO_REFERENCED_ROW_OLD;
        if (referenced || missing) {
            Matcher foreign = FOREIGN.matcher(message);
            boolean named = foreign.find();
            return Optional.of(new IntegrityViolation(
                    referenced ? Violation.STILL_REFERENCED : Violation.MISSING_PARENT,
                    named ? foreign.group(2) : "",
                    named ? foreign.group(1) : null,
                    null));
        }
        return Optional.empty();
    }

    /** The table of the first INSERT or UPDATE named in the chain's messages (EclipseLink quotes the call). */
    static String statement(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 50; cause = cause.getCause(), depth++) {
            if (cause.getMessage() != null) {
                Matcher statement = STATEMENT.matcher(cause.getMessage());
                if (statement.find()) {
                    return statement.group(1).toLowerCase(java.util.Locale.ROOT);
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
