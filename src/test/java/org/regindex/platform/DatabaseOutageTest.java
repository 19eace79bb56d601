package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.DatabaseOutage;

class DatabaseOutageTest {

    @Test
    void aConnectionFailureDeepInTheChainIsAnOutage() {
        Throwable refused = new PersistenceException(
                "EclipseLink-4002",
                new SQLException(
                        "Error in allocating a connection. Cause: x",
                        new IllegalStateException(
                                "pool",
                                new SQLNonTransientConnectionException(
                                        "Socket fail to connect", new ConnectException()))));
        assertTrue(DatabaseOutage.causedBy(refused));
        assertTrue(DatabaseOutage.causedBy(
                new RuntimeException(new SQLNonTransientConnectionException("(conn=24) Connection is closed"))));
    }

    @Test
    void thePoolsOwnWordsAreAnOutageEvenWithoutTheDriversException() {
        assertTrue(DatabaseOutage.causedBy(
                new PersistenceException(new SQLException("Error in allocating a connection. Cause: timeout"))));
    }

    @Test
    void programErrorsAndConflictsAreNot() {
        assertFalse(DatabaseOutage.causedBy(
                new PersistenceException(new SQLIntegrityConstraintViolationException("Duplicate entry"))));
        assertFalse(DatabaseOutage.causedBy(new OptimisticLockException("changed meanwhile")));
        assertFalse(DatabaseOutage.causedBy(
                new IllegalStateException(new SQLException("You have an error in your SQL syntax"))));
        // what MariaDB's driver makes of a trigger's SIGNAL: a "transient connection" exception that is none
        assertFalse(DatabaseOutage.causedBy(
                new PersistenceException(new SQLTransientConnectionException("failing on purpose", "45000"))));
    }

    @Test
    void aConnectionStateIsAnOutageWhateverTheClass() {
        assertTrue(DatabaseOutage.causedBy(
                new PersistenceException(new SQLException("Communications link failure", "08S01"))));
    }
}
