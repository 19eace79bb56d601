package org.regindex.platform.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.regindex.platform.control.DataRefusals;

/**
 * A transaction that could not commit. When someone else changed the same row meanwhile (optimistic
 * locking) the caller is told so and nothing was overwritten; a broken unique or foreign key is told in its
 * sentence ({@link UnexpectedExceptionMapper}); anything else is unexpected.
 */
@Provider
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Inject
    DataRefusals refusals;

    @Override
    public Response toResponse(TransactionalException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return ConcurrentChangeMapper.concurrentChange();
            }
        }
        return UnexpectedExceptionMapper.answer(failure, refusals);
    }
}
