package org.regindex.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.regindex.platform.entity.Refusal;

@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    static final int GONE_SECONDS = 300;

    @Override
    public Response toResponse(Refusal refusal) {
        Response response = Problem.of(refusal).toResponse();
        if (refusal.kind() == Refusal.Kind.GONE) {
            // Gone for good (a withdrawn release): a cache may keep the answer, and must, to replace what it kept
            // before.
            return Response.fromResponse(response)
                    .header("Cache-Control", "public, max-age=" + GONE_SECONDS)
                    .build();
        }
        if (refusal.kind() == Refusal.Kind.NOT_SIGNED_IN) {
            return Response.fromResponse(response)
                    .header("WWW-Authenticate", "Bearer realm=\"regindex\"")
                    .build();
        }
        return response;
    }
}
