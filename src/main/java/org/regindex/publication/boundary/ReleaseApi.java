package org.regindex.publication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.regindex.identity.boundary.OpenData;
import org.regindex.platform.boundary.NextPage;
import org.regindex.platform.entity.Page;
import org.regindex.platform.entity.PageRequest;
import org.regindex.publication.control.ResponseCache;
import org.regindex.publication.control.Views;
import org.regindex.release.boundary.DoiDesk;
import org.regindex.release.boundary.DoiJson;
import org.regindex.release.boundary.ReleaseDesk;
import org.regindex.release.boundary.ReleaseJson;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.UnknownRelease;

/**
 * The open-data API: published releases, their scores, regions, indicators, differences and downloads,
 * for anyone; {@code latest} names the newest published release. Also the coordinators' publish,
 * withdraw and discard actions and a release's DOI, which need the coordinator role.
 */
@Path("v1/releases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseApi {

    public record Withdrawal(String reason) {}

    public record DoiRecord(String doi) {}

    @Inject
    ReleaseDesk desk;

    @Inject
    Published published;

    @Inject
    DoiDesk doiDesk;

    @Context
    Request request;

    @Context
    UriInfo uri;

    @GET
    @OpenData
    public Response list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Page<Release> page = desk.list(PageRequest.of(limit, cursor));
        List<ReleaseJson> releases = page.items().stream().map(desk::json).toList();
        Response listing = published.listing(request, ResponseCache.write(releases));
        return NextPage.link(Response.fromResponse(listing), page, uri).build();
    }

    @GET
    @OpenData
    @Path("{version}")
    public Response one(@PathParam("version") String version) {
        Release release = published.release(version);
        return published.metadata(request, release, version, ResponseCache.write(desk.json(release)));
    }

    @GET
    @OpenData
    @Path("{version}/scores")
    public Response scores(
            @PathParam("version") String version, @QueryParam("axis") @DefaultValue("overall") String axis) {
        Release release = published.release(version);
        return published.data(request, release, version, "scores?axis=" + axis, () -> {
            ReleaseContent content = desk.content(release);
            if (!"overall".equals(axis)
                    && content.axes().stream().noneMatch(a -> a.code().equals(axis))) {
                throw new BadRequestException("There is no axis \"" + axis + "\"; the axes are overall and "
                        + String.join(
                                ", ",
                                content.axes().stream()
                                        .map(ReleaseContent.Axis::code)
                                        .toList()) + ".");
            }
            return Views.scores(content, release.digest(), axis);
        });
    }

    @GET
    @OpenData
    @Path("{version}/regions/{region}")
    public Response region(@PathParam("version") String version, @PathParam("region") String region) {
        Release release = published.release(version);
        return published.data(
                request,
                release,
                version,
                "regions/" + region,
                () -> Views.region(
                                desk.content(release),
                                release.digest(),
                                region,
                                published.previousContent(release, region))
                        .orElseThrow(() ->
                                new UnknownRelease("Release " + release.version() + " has no region " + region + ".")));
    }

    @GET
    @OpenData
    @Path("{version}/indicators/{indicator}")
    public Response indicator(@PathParam("version") String version, @PathParam("indicator") String indicator) {
        Release release = published.release(version);
        return published.data(
                request,
                release,
                version,
                "indicators/" + indicator,
                () -> Views.indicator(desk.content(release), release.digest(), indicator)
                        .orElseThrow(() -> new UnknownRelease(
                                "Release " + release.version() + " has no indicator " + indicator + ".")));
    }

    @GET
    @OpenData
    @Path("{version}/diff/{other}")
    public Response diff(@PathParam("version") String version, @PathParam("other") String other) {
        Release release = published.release(version);
        Release from = published.release(other);
        return published.data(
                request, release, version, "diff/" + from.digest(), () -> desk.diff(from.version(), release.version()));
    }

    @GET
    @OpenData
    @Path("{version}/download/{format}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("version") String version, @PathParam("format") String format) {
        ReleaseExports.Format chosen = ReleaseExports.Format.byName(format);
        if (chosen == null) {
            throw new BadRequestException(
                    "The formats are csv-long, csv-wide, xlsx, json, datapackage, codebook, codebook-pdf, changelog, citation,"
                            + " bibtex, ris, csl-json, cff, datacite, canonical and checksums, not \"" + format
                            + "\".");
        }
        Release release = published.release(version);
        return published.file(request, release, version, chosen);
    }

    @POST
    @Path("{version}/publish")
    public ReleaseJson publish(@PathParam("version") String version) {
        return desk.json(doiDesk.publish(version));
    }

    @PUT
    @Path("{version}/doi")
    @Consumes(MediaType.APPLICATION_JSON)
    public DoiJson recordDoi(@PathParam("version") String version, DoiRecord body) {
        return DoiJson.of(doiDesk.record(version, body == null ? null : body.doi()));
    }

    @POST
    @Path("{version}/doi/registration")
    public DoiJson registerDoi(@PathParam("version") String version) {
        return DoiJson.of(doiDesk.register(version));
    }

    @POST
    @Path("{version}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReleaseJson withdraw(@PathParam("version") String version, Withdrawal body) {
        return desk.json(doiDesk.withdraw(version, body == null ? null : body.reason()));
    }

    @DELETE
    @Path("{version}")
    public Response discard(@PathParam("version") String version) {
        desk.discard(version);
        return Response.noContent().build();
    }
}
