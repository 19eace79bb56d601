package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.regindex.identity.boundary.OpenData;
import org.regindex.publication.control.ResponseCache;
import org.regindex.publication.control.ScoreSeries;
import org.regindex.publication.control.UnpublishedRegion;
import org.regindex.release.entity.ReleaseContent;

/** Open data over time: a region's scores across the cycles' published releases ({@link ScoreSeries}). */
@Path("v1/regions/{region}/series")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SeriesApi {

    @Inject
    Published published;

    @Context
    Request request;

    @GET
    @OpenData
    public Response series(
            @PathParam("region") String region, @QueryParam("axis") @DefaultValue("overall") String axis) {
        List<ReleaseContent> releases = published.publishedContents();
        if (!"overall".equals(axis)
                && releases.stream()
                        .flatMap(content -> content.axes().stream())
                        .noneMatch(known -> known.code().equals(axis))) {
            throw new BadRequestException(
                    "No published release has an axis \"" + axis + "\"; ask for overall or one of its axes.");
        }
        ScoreSeries.Series series =
                ScoreSeries.of(releases, region, axis).orElseThrow(() -> new UnpublishedRegion(region));
        return published.listing(request, ResponseCache.write(series));
    }
}
