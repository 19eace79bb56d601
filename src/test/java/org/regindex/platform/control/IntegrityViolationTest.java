package org.regindex.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regindex.platform.entity.AlreadyExists;
import org.regindex.platform.entity.ConstraintSentence;
import org.regindex.platform.entity.ConstraintSentence.Violation;
import org.regindex.platform.entity.ParentMissing;
import org.regindex.platform.entity.Refusal;
import org.regindex.platform.entity.StillReferenced;

class IntegrityViolationTest {

    private static Throwable atCommit(SQLException cause, String call) {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new PersistenceException(
                "Exception [EclipseLink-4002]: " + cause.getMessage() + "\nError Code: " + cause.getErrorCode()
                        + "\nCall: " + call,
                cause));
        return new TransactionalException("ARJUNA016053", rollback);
    }

    @Test
    void aDuplicateKeyAtCommitNamesItsConstraintAndValue() {
        IntegrityViolation found = IntegrityViolation.in(atCommit(
                        new SQLIntegrityConstraintViolationException(
                                "(conn=7) Duplicate entry 'DK0AB' for key 'uq_region_code'", "23000", 1062),
                        "INSERT INTO region (code, name) VALUES (?, ?)"))
                .orElseThrow();
        assertEquals(new IntegrityViolation(Violation.DUPLICATE, "uq_region_code", null, "DK0AB"), found);
    }

    @Test
    void aDuplicatePrimaryKeyIsNamedByTheTableTheStatementWrote() {
        IntegrityViolation found = IntegrityViolation.in(atCommit(
                        new SQLIntegrityConstraintViolationException(
                                "Duplicate entry '12-40' for key 'PRIMARY'", "23000", 1062),
                        "INSERT INTO cycle_region (cycle_id, region_id) VALUES (?, ?)"))
                .orElseThrow();
        assertEquals(new IntegrityViolation(Violation.DUPLICATE, "PRIMARY", "cycle_region", "12-40"), found);
    }

    @Test
    void foreignKeysSayWhetherTheParentIsMissingOrStillReferenced() {
        String fails = "a foreign key constraint fails (`regindex`.`questionnaire`, CONSTRAINT `fk_questionnaire_scope`"
                + " FOREIGN KEY (`cycle_id`, `region_id`) REFERENCES `cycle_region` (`cycle_id`, `region_id`))";
        assertEquals(
                new IntegrityViolation(Violation.MISSING_PARENT, "fk_questionnaire_scope", "questionnaire", null),
                IntegrityViolation.in(new PersistenceException(new SQLIntegrityConstraintViolationException(
                                "Cannot add or update a child row: " + fails, "23000", 1452)))
                        .orElseThrow());
        assertEquals(
                new IntegrityViolation(Violation.STILL_REFERENCED, "fk_questionnaire_scope", "questionnaire", null),
                IntegrityViolation.in(new PersistenceException(new SQLIntegrityConstraintViolationException(
                                "Cannot delete or update a parent row: " + fails, "23000", 1451)))
                        .orElseThrow());
    }

    @Test
    void otherFailuresAreNoViolation() {
        assertTrue(IntegrityViolation.in(new IllegalStateException("Duplicate entry 'x' for key 'uq_region_code'"))
                .isEmpty());
        assertTrue(IntegrityViolation.in(new PersistenceException(new SQLException("Lock wait timeout", "HY000", 1205)))
                .isEmpty());
        assertTrue(
                LockContention.causedBy(new PersistenceException(new SQLException("Deadlock found", "40001", 1213))));
    }

    @Test
    void theSchemasSentenceIsAnsweredWithTheDuplicateValueAndItsStatus() {
        Map<String, ConstraintSentence> sentences = ConstraintSentences.index(List.of(
                new ConstraintSentence(
                        "uq_region_code", "region", Violation.DUPLICATE, 409, "A region with the code {value} exists."),
                new ConstraintSentence(
                        "PRIMARY", "cycle_region", Violation.DUPLICATE, 409, "This region is in the cycle already."),
                new ConstraintSentence(
                        "fk_assignment_scope",
                        "assignment",
                        Violation.MISSING_PARENT,
                        404,
                        "The region was taken out."),
                new ConstraintSentence(
                        "fk_cycle_codebook", "cycle", Violation.STILL_REFERENCED, 409, "A cycle uses it.")));
        Refusal region = ConstraintSentences.find(
                        sentences, new IntegrityViolation(Violation.DUPLICATE, "uq_region_code", null, "DK0AB"))
                .refusal("DK0AB");
        assertTrue(region instanceof AlreadyExists);
        assertEquals(409, region.kind().status);
        assertEquals("A region with the code DK0AB exists.", region.getMessage());
        assertEquals(
                "This region is in the cycle already.",
                ConstraintSentences.find(
                                sentences,
                                new IntegrityViolation(Violation.DUPLICATE, "PRIMARY", "cycle_region", "1-2"))
                        .refusal("1-2")
                        .getMessage());
        Refusal scope = ConstraintSentences.find(
                        sentences,
                        new IntegrityViolation(Violation.MISSING_PARENT, "fk_assignment_scope", "assignment", null))
                .refusal(null);
        assertTrue(scope instanceof ParentMissing);
        assertEquals(404, scope.kind().status);
        assertTrue(
                ConstraintSentences.find(
                                        sentences,
                                        new IntegrityViolation(
                                                Violation.STILL_REFERENCED, "fk_cycle_codebook", "cycle", null))
                                .refusal(null)
                        instanceof StillReferenced);
        Refusal unknown = ConstraintSentences.find(
                        sentences, new IntegrityViolation(Violation.DUPLICATE, "PRIMARY", "person", "alice"))
                .refusal("alice");
        assertEquals(409, unknown.kind().status);
        assertTrue(unknown.getMessage().startsWith("This exists already"), unknown.getMessage());
    }
}
