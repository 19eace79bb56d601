package org.regindex.platform.boundary;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Two people changed the same row at once: the later one is told, and nothing of theirs was stored. */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<OptimisticLockException> {

    static Response concurrentChange() {
        return Problem.ofStatus(
                        409,
                        "Someone else changed this at the same moment; nothing of yours was saved. "
                                + "Reload and make your change again.")
                .toResponse();
    }

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return concurrentChange();
    }
}
