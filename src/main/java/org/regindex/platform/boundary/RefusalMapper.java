package org.regindex.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.regindex.platform.entity.Refusal;

@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        Response response = Problem.of(refusal).toResponse();
        if (refusal.kind() == Refusal.Kind.NOT_SIGNED_IN) {
            return Response.fromResponse(response)
                    .header("WWW-Authenticate", "Bearer realm=\"regindex\"")
                    .build();
        }
        return response;
    }
}
