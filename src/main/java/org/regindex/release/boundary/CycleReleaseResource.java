package org.regindex.release.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.regindex.release.control.FreezeSelection;
import org.regindex.release.entity.Release;

/** Coordinators freeze a cycle's approved questionnaires into a release. */
@Path("v1/cycles/{cycle}/releases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CycleReleaseResource {

    /**
     * {@code regions}: region codes; left out or empty, every approved questionnaire goes in.
     * {@code licence}: an SPDX identifier; left out, the configured default.
     */
    public record FreezeRequest(List<String> regions, String title, String notes, String licence) {}

    @Inject
    ReleaseDesk desk;

    @PathParam("cycle")
    String cycle;

    @Context
    UriInfo uri;

    /** Which regions are approved and can go into a release, and which are not yet. */
    @GET
    @Path("readiness")
    public List<FreezeSelection.Readiness> readiness() {
        return desk.readiness(cycle);
    }

    @POST
    public Response freeze(FreezeRequest body) {
        FreezeRequest request = body == null ? new FreezeRequest(List.of(), null, null, null) : body;
        Release release = desk.freeze(cycle, request.regions(), request.title(), request.notes(), request.licence());
        return Response.created(
                        uri.getBaseUriBuilder().path("v1/releases/{version}").build(release.version()))
                .entity(desk.json(release))
                .build();
    }
}
