package org.regindex.platform.control;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, unreachable) from a
 * failure of the program: the first is answered with 503 and goes away by itself once the database is
 * back, since the pool validates each connection before handing it out.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || isConnectionState(cause)
                    || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException
                    || isPoolExhaustedOrBroken(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * SQL state class 08 is "connection exception". The class of the exception is not enough: MariaDB's
     * driver reports states it has no class for (a trigger's SIGNAL '45000', say) as SQLTransientConnectionException.
     */
    private static boolean isConnectionState(Throwable cause) {
        return cause instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("08");
    }

    /** Payara's pool says so in its own words, without always keeping the driver's exception as the cause. */
    private static boolean isPoolExhaustedOrBroken(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        return message.contains("Error in allocating a connection")
                || cause.getClass().getName().endsWith(".PoolingException");
    }
}
