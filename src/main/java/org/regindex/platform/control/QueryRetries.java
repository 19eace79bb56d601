package org.regindex.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a failed read three times, five seconds apart, so while the database is down each
 * request hung for 20 s before its 503. One immediate retry is enough: the pool validates the
 * connection it hands out, so a retry only helps when the first connection died under the query.
 * SessionCustomizer is marked for removal in EclipseLink 4 but is still its only hook for this setting.
 */
@SuppressWarnings("removal")
public class QueryRetries implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
