package org.regindex.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.regex.Pattern;

/**
 * Actions that must not run twice at once (freezing a cycle, publishing a release, copying last round's
 * answers, importing into a codebook) lock a row of the database ({@code SELECT ... FOR UPDATE}) that
 * stands for what they change; a second caller waits until the first has committed or rolled back, and
 * then finds what the first did. The lock is held until the caller's transaction ends.
 * <p>
 * <b>The lock must be the transaction's first read.</b> Under MariaDB's REPEATABLE READ a transaction
 * reads the database as it was at its first plain read: one that read before it waited would not see
 * what the first caller committed meanwhile. So a facade takes the lock right after its role check, before
 * it loads anything.
 * <p>
 * When no row matches (a codebook's first import), the gap where it would be is locked: two callers then
 * both hold it, the database refuses one of them as a deadlock, and that one is told to send again
 * ({@link LockContention}).
 */
@ApplicationScoped
public class RowLocks {

    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    @PersistenceContext
    EntityManager em;

    /** Locks the rows of {@code table} whose {@code column} is {@code value}; whether there was one. */
    public boolean first(String table, String column, Object value) {
        if (!NAME.matcher(table).matches() || !NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("not a table and column: " + table + "." + column);
        }
        return !em.createNativeQuery("select 1 from " + table + " where " + column + " = ? for update")
                .setParameter(1, value)
                .getResultList()
                .isEmpty();
    }
}
