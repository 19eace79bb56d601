package org.regindex.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.regindex.platform.control.SimultaneousInsert;

class SimultaneousInsertTest {

    @Test
    void aDuplicateEntryDeepInTheChainIsASimultaneousInsert() {
        assertTrue(SimultaneousInsert.causedBy(new PersistenceException(
                "EclipseLink-4002",
                new SQLIntegrityConstraintViolationException(
                        "(conn=4) Duplicate entry '1-1' for key 'uq_questionnaire'", "23000", 1062))));
    }

    @Test
    void otherConstraintViolationsAndErrorsAreNot() {
        assertFalse(SimultaneousInsert.causedBy(new PersistenceException(new SQLIntegrityConstraintViolationException(
                "Cannot add or update a child row: a foreign key constraint fails", "23000", 1452))));
        assertFalse(
                SimultaneousInsert.causedBy(new PersistenceException(new SQLException("Duplicate entry", "23000", 0))));
        assertFalse(SimultaneousInsert.causedBy(new IllegalStateException("Duplicate entry '1-1'")));
    }
}
