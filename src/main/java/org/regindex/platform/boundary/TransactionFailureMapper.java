package org.regindex.platform.boundary;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that could not commit. When someone else changed the same row meanwhile (optimistic
 * locking) the caller is told so and nothing was overwritten; anything else is unexpected.
 */
@Provider
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return ConcurrentChangeMapper.concurrentChange();
            }
        }
        return new UnexpectedExceptionMapper().toResponse(failure);
    }
}
