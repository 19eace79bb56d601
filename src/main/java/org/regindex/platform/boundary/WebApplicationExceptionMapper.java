package org.regindex.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods, unreadable bodies: the same problem shape as domain refusals. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        String detail = status >= 500 ? "The server could not answer this request." : exception.getMessage();
        Response.ResponseBuilder problem =
                Response.fromResponse(Problem.ofStatus(status, detail).toResponse());
        String allow = original.getHeaderString("Allow");
        return allow == null ? problem.build() : problem.header("Allow", allow).build();
    }
}
