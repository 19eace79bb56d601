package org.regindex.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.regindex.platform.control.BodyBinding;
import org.regindex.platform.control.DataRefusals;
import org.regindex.platform.control.DatabaseOutage;
import org.regindex.platform.entity.InvalidBody;
import org.regindex.platform.entity.Refusal;

/**
 * Logs what went wrong with an id the caller can quote; the caller never sees a stack trace. A
 * database that cannot be reached is not a bug: 503, and the client may try again. A body JSON-B cannot
 * read into the request's type is the caller's mistake: 400. A request that broke a unique or foreign key
 * (two at the same moment, something removed meanwhile) is told so in the schema's sentence for that
 * constraint (409, or 404 for a missing parent), and one the database gave up for a lock is told to try
 * again: neither is an incident.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    static final String RETRY_AFTER_SECONDS = "10";

    @Inject
    DataRefusals refusals;

    @Override
    public Response toResponse(Throwable failure) {
        return answer(failure, refusals);
    }

    /** The answer to a failure that no more specific mapper took; for {@link TransactionFailureMapper} too. */
    static Response answer(Throwable failure, DataRefusals refusals) {
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
        Optional<Refusal> refused = refusals.of(failure);
        if (refused.isPresent()) {
            return Problem.of(refused.get()).toResponse();
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
