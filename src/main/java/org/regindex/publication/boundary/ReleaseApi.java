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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "Releases", description = "Published datasets: scores, regions, indicators, downloads. No sign-in needed.")
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
    @Operation(
            summary = "List releases",
            description = "Every published or withdrawn release, newest first (coordinators also see drafts), a page"
                    + " at a time: limit (1-1000, default 100) and the cursor of the next page, whose address the"
                    + " Link header (rel=\"next\") gives while more follow.")
    @APIResponse(
            responseCode = "200",
            description = "The releases",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "releases",
                                            value =
                                                    "[{\"version\":\"1.0\",\"title\":\"Demo round\",\"state\":\"PUBLISHED\",\"cycle\":\"demo\",\"digest\":\"f122a7...\"}]")))
    public Response list(
            @Parameter(description = "How many releases, 1 to 1000 (default 100)") @QueryParam("limit") String limit,
            @Parameter(description = "The next page, as the Link header names it") @QueryParam("cursor")
                    String cursor) {
        Page<Release> page = desk.list(PageRequest.of(limit, cursor));
        List<ReleaseJson> releases = page.items().stream().map(desk::json).toList();
        Response listing = published.listing(request, ResponseCache.write(releases));
        return NextPage.link(Response.fromResponse(listing), page, uri).build();
    }

    @GET
    @OpenData
    @Path("{version}")
    @Operation(
            summary = "One release",
            description = "Its version, state, digest, cycle, codebook and notes; a withdrawn one with its reason.")
    @APIResponse(responseCode = "200", description = "The release")
    @APIResponse(responseCode = "404", description = "No such published release (drafts are not public)")
    public Response one(
            @Parameter(description = "A version such as 1.0, or latest") @PathParam("version") String version) {
        Release release = published.release(version);
        return published.metadata(request, release, version, ResponseCache.write(desk.json(release)));
    }

    @GET
    @OpenData
    @Path("{version}/scores")
    @Operation(
            summary = "Scores of every region on one axis",
            description =
                    "axis = a codebook axis code (policy_area, governance_system, governance_process, target_population) or overall.")
    @APIResponse(
            responseCode = "200",
            description = "One row per region: rank, overall, coverage and a score per category",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "scores",
                                            value =
                                                    "{\"version\":\"1.0\",\"axis\":{\"code\":\"policy_area\","
                                                            + "\"label\":\"Policy area\"},\"regions\":[{\"region\":\"ES51\",\"name\":\"Catalonia\",\"rank\":1,\"overall\":66.75,"
                                                            + "\"answered\":72,\"indicators\":72,\"scores\":{\"ADI\":58.33,\"LAB\":75.00}}]}")))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    public Response scores(
            @PathParam("version") String version,
            @Parameter(description = "Axis code, or overall") @QueryParam("axis") @DefaultValue("overall")
                    String axis) {
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
    @Operation(
            summary = "A region's profile",
            description = "Scores on every axis with coverage and the change against the "
                    + "previous release, and every answer with its justification and sources.")
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
    @Operation(
            summary = "An indicator across regions",
            description =
                    "The question, its options, and every region's answer, score, " + "justification and sources.")
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
    @Operation(
            summary = "What changed between two releases",
            description = "Regions in or out, answers, scores and ranks, " + "from {other} to {version}.")
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
    @Operation(
            summary = "Download a release",
            description =
                    "Formats: csv-long, csv-wide, xlsx, json, datapackage, codebook, codebook-pdf, changelog, citation, "
                            + "bibtex, ris, csl-json, cff, datacite, canonical, checksums. Every download names the version and the digest.")
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
    @Operation(
            summary = "Publish a draft (coordinators)",
            description = "Irreversible; publishing again changes nothing. When DataCite is configured, the release's"
                    + " DOI is registered right after the publication is stored; a failed registration leaves the"
                    + " release published (see doi/registration).")
    public ReleaseJson publish(@PathParam("version") String version) {
        return desk.json(doiDesk.publish(version));
    }

    @PUT
    @Path("{version}/doi")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a release's DOI (coordinators)",
            description = "A DOI such as 10.5281/zenodo.1234567 (a https://doi.org/ address is accepted too) for a"
                    + " published or withdrawn release; it can be corrected until DataCite has registered it.")
    @APIResponse(
            responseCode = "200",
            description = "The release's DOI and its state",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "recorded",
                                            value =
                                                    "{\"version\":\"1.0\",\"doi\":\"10.5072/regindex-1.0\",\"state\":\"RECORDED\","
                                                            + "\"doiUrl\":\"https://doi.org/10.5072/regindex-1.0\"}")))
    @APIResponse(responseCode = "400", description = "Not a DOI")
    @APIResponse(responseCode = "409", description = "A draft, or a release whose DOI is registered already")
    public DoiJson recordDoi(@PathParam("version") String version, DoiRecord body) {
        return DoiJson.of(doiDesk.record(version, body == null ? null : body.doi()));
    }

    @POST
    @Path("{version}/doi/registration")
    @Operation(
            summary = "Register a release's DOI with DataCite (coordinators)",
            description = "Registers the recorded DOI, or one under the configured prefix, to resolve to the release's"
                    + " landing page with its DataCite metadata; retries after a failure. The answer says REGISTERED,"
                    + " or FAILED with DataCite's reason.")
    @APIResponse(responseCode = "200", description = "The release's DOI and its state after the attempt")
    @APIResponse(
            responseCode = "409",
            description = "DataCite is not configured; or the release is a draft, withdrawn, or registered already")
    public DoiJson registerDoi(@PathParam("version") String version) {
        return DoiJson.of(doiDesk.register(version));
    }

    @POST
    @Path("{version}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Withdraw a published release (coordinators)",
            description = "Needs a reason; the release stays listed.")
    public ReleaseJson withdraw(@PathParam("version") String version, Withdrawal body) {
        return desk.json(doiDesk.withdraw(version, body == null ? null : body.reason()));
    }

    @DELETE
    @Path("{version}")
    @Operation(summary = "Discard a draft (coordinators)")
    public Response discard(@PathParam("version") String version) {
        desk.discard(version);
        return Response.noContent().build();
    }
}
