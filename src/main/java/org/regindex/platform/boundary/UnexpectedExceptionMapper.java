package org.regindex.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Logs what went wrong with an id the caller can quote; the caller never sees a stack trace. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, failure);
        return Problem.ofStatus(500, "The server failed to answer this request (incident " + incident + ").")
                .toResponse();
    }
}
