package org.regindex.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.regindex.platform.control.BodyBinding;
import org.regindex.platform.control.DatabaseOutage;
import org.regindex.platform.control.SimultaneousInsert;
import org.regindex.platform.entity.InvalidBody;

/**
 * Logs what went wrong with an id the caller can quote; the caller never sees a stack trace. A
 * database that cannot be reached is not a bug: 503, and the client may try again. A body JSON-B cannot
 * read into the request's type is the caller's mistake: 400.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    static final String RETRY_AFTER_SECONDS = "10";

    @Override
    public Response toResponse(Throwable failure) {
        if (DatabaseOutage.causedBy(failure)) {
            LOG.warning("Database unreachable: " + failure);
            return Response.fromResponse(Problem.ofStatus(
                                    503,
                                    "The database cannot be reached at the moment, so this request "
                                            + "was neither read nor saved. Try again in a few seconds.")
                            .toResponse())
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
        if (SimultaneousInsert.causedBy(failure)) {
            LOG.info("Simultaneous insert refused by a unique key: " + failure);
            return ConcurrentChangeMapper.concurrentChange();
        }
        Optional<String> unbound = BodyBinding.refusal(failure);
        if (unbound.isPresent()) {
            return Problem.of(new InvalidBody(unbound.get())).toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, failure);
        return Problem.ofStatus(500, "The server failed to answer this request (incident " + incident + ").")
                .toResponse();
    }
}
