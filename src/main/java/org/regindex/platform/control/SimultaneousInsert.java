package org.regindex.platform.control;

import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Two requests that both found a row missing and both inserted it (two first saves of one questionnaire,
 * a double click): the database's unique key has the last word, and the later request is told that
 * someone else was faster, as with a stale version. Nothing of it was stored.
 */
public final class SimultaneousInsert {

    /** MariaDB's ER_DUP_ENTRY. */
    static final int DUPLICATE_ENTRY = 1062;

    private SimultaneousInsert() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException violation
                    && violation.getErrorCode() == DUPLICATE_ENTRY) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
