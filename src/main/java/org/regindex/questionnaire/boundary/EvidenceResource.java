package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.regindex.assignment.control.Names;
import org.regindex.assignment.entity.Capacity;
import org.regindex.identity.control.Caller;
import org.regindex.questionnaire.entity.AnswerEvidence;
import org.regindex.questionnaire.entity.InvalidEvidence;

/** The evidence files of one answer: list, attach (the body is the file), open, remove. */
@RequestScoped
@Path("v1/cycles/{cycle}/questionnaires/{region}/answers/{indicator}/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    public record EvidenceJson(
            String name, String sha256, String mediaType, long size, String addedBy, Instant addedAt) {}

    @Inject
    EvidenceDesk desk;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @PathParam("cycle")
    String cycle;

    @PathParam("region")
    String region;

    @PathParam("indicator")
    String indicator;

    @GET
    public List<EvidenceJson> list() {
        return desk.list(cycle, region, indicator).stream().map(this::json).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response add(@QueryParam("name") String name, InputStream body) {
        EvidenceDesk.Attached added = desk.add(cycle, region, indicator, name, read(body, desk.maxFileBytes()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(added.evidence().file().sha256())
                        .build())
                .entity(json(added))
                .build();
    }

    @GET
    @Path("{sha256}")
    @Produces(MediaType.WILDCARD)
    public Response open(@PathParam("sha256") String sha256) {
        AnswerEvidence file = desk.open(cycle, region, indicator, sha256).evidence();
        return Response.ok(desk.bytes(file), file.file().mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @DELETE
    @Path("{sha256}")
    public Response remove(@PathParam("sha256") String sha256) {
        desk.remove(cycle, region, indicator, sha256);
        return Response.noContent().build();
    }

    private EvidenceJson json(EvidenceDesk.Attached attached) {
        AnswerEvidence e = attached.evidence();
        QuestionnaireView view = attached.view();
        return new EvidenceJson(
                e.fileName(),
                e.file().sha256(),
                e.file().mediaType(),
                e.file().size(),
                Names.shown(e.addedBy(), Capacity.EXPERT, view.cycle(), view.capacities(), caller.username()),
                e.addedAt());
    }

    /** The whole body, one byte over the limit at most: a larger or cut-off upload is refused before anything is stored. */
    private static byte[] read(InputStream body, long maxBytes) {
        try {
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw InvalidEvidence.tooLarge("The file is larger than " + (maxBytes / (1024 * 1024))
                        + " MB, the most one evidence file may be.");
            }
            return content;
        } catch (IOException e) {
            throw InvalidEvidence.of("The upload was cut off before the whole file arrived; nothing was stored.");
        }
    }
}
