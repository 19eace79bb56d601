package org.regindex.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.regindex.platform.boundary.NextPage;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.Page;
import org.regindex.platform.entity.PageRequest;

/** A cycle's audit trail for coordinators (a questionnaire's own is under its resource). */
@Path("v1/cycles/{cycle}/audit")
@RequestScoped
public class AuditResource {

    @Inject
    AuditLog log;

    @PathParam("cycle")
    String cycle;

    @Context
    UriInfo uri;

    /**
     * Coordinators: the cycle's events, newest first, a page at a time ({@code limit}, {@code cursor}, the
     * next page in the Link header); {@code format=csv} downloads the newest 5000 at once.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, Spreadsheets.CSV_TYPE})
    public Response ofCycle(
            @QueryParam("region") String region,
            @QueryParam("person") String person,
            @QueryParam("action") String action,
            @QueryParam("format") String format,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        if ("csv".equalsIgnoreCase(format)) {
            List<AuditLog.Entry> entries = log.ofCycle(cycle, region, person, action);
            return Response.ok(log.csv(entries), Spreadsheets.CSV_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + cycle + "-audit.csv\"")
                    .build();
        }
        Page<AuditLog.Entry> page = log.ofCycle(cycle, region, person, action, PageRequest.of(limit, cursor));
        return NextPage.link(Response.ok(page.items(), MediaType.APPLICATION_JSON), page, uri)
                .build();
    }
}
