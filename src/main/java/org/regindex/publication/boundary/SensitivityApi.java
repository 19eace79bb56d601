package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.regindex.identity.boundary.OpenData;
import org.regindex.publication.control.RankSensitivity;
import org.regindex.publication.control.SensitivityCsv;
import org.regindex.publication.control.SensitivityView;
import org.regindex.release.boundary.ReleaseDesk;
import org.regindex.release.entity.Release;

/** How robust a published release's ranks are ({@link RankSensitivity}), as JSON or, with {@code format=csv}, CSV. */
@Path("v1/releases/{version}/sensitivity")
@RequestScoped
public class SensitivityApi {

    @Inject
    ReleaseDesk desk;

    @Inject
    Published published;

    @Context
    Request request;

    @GET
    @OpenData
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response sensitivity(@PathParam("version") String version, @QueryParam("format") String format) {
        Release release = published.release(version);
        if (format == null || "json".equals(format)) {
            return published.data(
                    request,
                    release,
                    version,
                    "sensitivity",
                    () -> SensitivityView.of(release.version(), RankSensitivity.of(desk.content(release))));
        }
        if (!"csv".equals(format)) {
            throw new BadRequestException("The format is json or csv, not \"" + format + "\".");
        }
        Response csv = published.text(
                request,
                release,
                version,
                "sensitivity.csv",
                "text/csv; charset=UTF-8",
                () -> SensitivityCsv.csv(RankSensitivity.of(desk.content(release)))
                        .getBytes(StandardCharsets.UTF_8));
        return Response.fromResponse(csv)
                .header("Content-Disposition", "attachment; filename=\"sensitivity-" + release.version() + ".csv\"")
                .build();
    }
}
