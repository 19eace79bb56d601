package org.regindex.assignment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.platform.control.Spreadsheets;

/** Who works on which region of a cycle: coordinators list, add, remove and import assignments. */
@Path("v1/cycles/{cycle}/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    public record AssignmentJson(String region, String username, String role) {

        static AssignmentJson of(Assignment assignment) {
            return new AssignmentJson(
                    assignment.region().code(),
                    assignment.username(),
                    assignment.role().name().toLowerCase(Locale.ROOT));
        }
    }

    @Inject
    CycleTeams teams;

    @Inject
    AssignmentImport assignmentImport;

    @Inject
    @ConfigProperty(name = "import.max.bytes")
    long maxBytes;

    @Context
    UriInfo uri;

    @PathParam("cycle")
    String cycle;

    @GET
    public List<AssignmentJson> assignments() {
        return teams.assignments(cycle).stream().map(AssignmentJson::of).toList();
    }

    @POST
    public Response assign(AssignmentJson body) {
        if (body == null) {
            throw new BadRequestException("The body must be {\"region\", \"username\", \"role\"}.");
        }
        Assignment assignment = teams.assign(cycle, body.region(), body.username(), role(body.role()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(assignment.region().code())
                        .path(assignment.username())
                        .build())
                .entity(AssignmentJson.of(assignment))
                .build();
    }

    @DELETE
    @Path("{region}/{username}")
    public Response unassign(@PathParam("region") String region, @PathParam("username") String username) {
        teams.unassign(cycle, region, username);
        return Response.noContent().build();
    }

    /** The body is a CSV or .xlsx file with the columns region, username, role. */
    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    public List<AssignmentJson> importAssignments(
            @QueryParam("fileName") @DefaultValue("upload") String fileName, InputStream body) {
        return assignmentImport.importFile(cycle, fileName, Spreadsheets.readLimited(body, maxBytes, fileName)).stream()
                .map(AssignmentJson::of)
                .toList();
    }

    private static AssignmentRole role(String text) {
        try {
            return AssignmentRole.valueOf(String.valueOf(text).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The role is expert or reviewer, not \"" + text + "\".");
        }
    }
}
