package org.regindex.platform.control;

import java.sql.SQLException;

/**
 * The database gave up a statement that waited for rows another transaction held (lock wait timeout) or
 * broke a deadlock by rolling one transaction back: nothing of the request was stored, and sending it
 * again can succeed.
 */
public final class LockContention {

    /** MariaDB's ER_LOCK_WAIT_TIMEOUT. */
    static final int LOCK_WAIT_TIMEOUT = 1205;
    /** MariaDB's ER_LOCK_DEADLOCK. */
    static final int DEADLOCK = 1213;

    private LockContention() {}

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 50; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql
                    && (sql.getErrorCode() == LOCK_WAIT_TIMEOUT || sql.getErrorCode() == DEADLOCK)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
