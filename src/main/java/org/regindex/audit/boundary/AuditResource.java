package org.regindex.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.regindex.platform.control.Spreadsheets;

/** A cycle's audit trail for coordinators (a questionnaire's own is under its resource). */
@Path("v1/cycles/{cycle}/audit")
@RequestScoped
public class AuditResource {

    @Inject
    AuditLog log;

    @PathParam("cycle")
    String cycle;

    /** Coordinators: the cycle's events, newest first; {@code format=csv} downloads them. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, Spreadsheets.CSV_TYPE})
    public Response ofCycle(
            @QueryParam("region") String region,
            @QueryParam("person") String person,
            @QueryParam("action") String action,
            @QueryParam("format") String format) {
        List<AuditLog.Entry> entries = log.ofCycle(cycle, region, person, action);
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(log.csv(entries), Spreadsheets.CSV_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + cycle + "-audit.csv\"")
                    .build();
        }
        return Response.ok(entries, MediaType.APPLICATION_JSON).build();
    }
}
