package org.regindex.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;
import org.regindex.platform.entity.Refusal;

/**
 * An RFC 9457 problem detail, the body of every error the API answers. {@code errors} (an extension
 * member) lists every problem of a refused import, located in the file.
 */
public record Problem(String type, String title, int status, String detail, List<ImportProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:regindex:problem:";

    public static Problem of(Refusal refusal) {
        List<ImportProblem> errors = refusal instanceof InvalidImport invalid ? invalid.problems() : null;
        return new Problem(
                TYPE_PREFIX + refusal.condition(),
                refusal.kind().title,
                refusal.kind().status,
                refusal.getMessage(),
                errors);
    }

    public static Problem ofStatus(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new Problem("about:blank", known == null ? "Error" : known.getReasonPhrase(), status, detail, null);
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(this)
                .build();
    }
}
