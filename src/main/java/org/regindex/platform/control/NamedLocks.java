package org.regindex.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.regindex.platform.entity.Contended;

/**
 * For an action that must not run twice at once but cannot hold a transaction open while it runs (it
 * waits on another service): a named lock of the database ({@code GET_LOCK}), held on a connection of its
 * own for as long as the action takes, so that every server of one database sees it. A second caller
 * waits for the first to finish, then runs and finds what the first did; one that waited too long is told
 * to send again.
 */
@ApplicationScoped
public class NamedLocks {

    /** MariaDB's limit for a lock's name. */
    static final int NAME_MAX = 64;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    public <T> T holding(String name, Duration wait, Supplier<T> action) {
        String lock = "regindex " + name;
        if (lock.length() > NAME_MAX) {
            throw new IllegalArgumentException("A lock's name has at most " + NAME_MAX + " characters: " + lock);
        }
        try (Connection db = dataSource.getConnection()) {
            if (!acquired(db, lock, wait)) {
                throw new Contended();
            }
            try {
                return action.get();
            } finally {
                release(db, lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The named lock " + lock + " failed", e);
        }
    }

    private static boolean acquired(Connection db, String lock, Duration wait) throws SQLException {
        try (PreparedStatement get = db.prepareStatement("select get_lock(?, ?)")) {
            get.setString(1, lock);
            get.setLong(2, Math.max(0, wait.toSeconds()));
            try (ResultSet row = get.executeQuery()) {
                return row.next() && row.getInt(1) == 1;
            }
        }
    }

    private static void release(Connection db, String lock) throws SQLException {
        try (PreparedStatement free = db.prepareStatement("select release_lock(?)")) {
            free.setString(1, lock);
            free.executeQuery().close();
        }
    }
}
