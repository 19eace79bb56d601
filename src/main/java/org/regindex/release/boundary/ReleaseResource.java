package org.regindex.release.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.regindex.release.control.ReleaseDiff;
import org.regindex.release.control.ReleaseExports;
import org.regindex.release.entity.Release;
import org.regindex.release.entity.ReleaseRefused;
import org.regindex.release.entity.ReleaseState;

/** Releases: listing, downloads and comparison for everyone (published only); publish, withdraw, discard for coordinators. */
@Path("v1/releases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    public record Withdrawal(String reason) {
    }

    @Inject
    ReleaseDesk desk;

    @GET
    public List<ReleaseJson> list() {
        return desk.list().stream().map(ReleaseJson::of).toList();
    }

    @GET
    @Path("{version}")
    public ReleaseJson one(@PathParam("version") String version) {
        return ReleaseJson.of(release(version));
    }

    @POST
    @Path("{version}/publish")
    public ReleaseJson publish(@PathParam("version") String version) {
        return ReleaseJson.of(desk.publish(version));
    }

    @POST
    @Path("{version}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReleaseJson withdraw(@PathParam("version") String version, Withdrawal body) {
        return ReleaseJson.of(desk.withdraw(version, body == null ? null : body.reason()));
    }

    @DELETE
    @Path("{version}")
    public Response discard(@PathParam("version") String version) {
        desk.discard(version);
        return Response.noContent().build();
    }

    @GET
    @Path("{version}/diff/{other}")
    public ReleaseDiff.Diff diff(@PathParam("version") String version, @PathParam("other") String other) {
        return desk.diff(release(other).version(), release(version).version());
    }

    @GET
    @Path("{version}/download/{format}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("version") String version, @PathParam("format") String format) {
        ReleaseExports.Format chosen = ReleaseExports.Format.byName(format);
        if (chosen == null) {
            throw new BadRequestException("The formats are csv-long, csv-wide, xlsx, json, datapackage, codebook, changelog,"
                    + " citation and bibtex, not \"" + format + "\".");
        }
        Release release = release(version);
        byte[] bytes = desk.download(release, chosen);
        return Response.ok(bytes, chosen.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + ReleaseExports.fileName(desk.content(release), chosen) + "\"")
                .header("X-Release-Version", release.version()).header("X-Release-Digest", release.digest()).build();
    }

    /** {@code latest} names the newest published release. */
    private Release release(String version) {
        if (!"latest".equals(version)) {
            return desk.find(version);
        }
        return desk.list().stream().filter(r -> r.state() == ReleaseState.PUBLISHED).findFirst()
                .orElseThrow(() -> new ReleaseRefused(ReleaseRefused.Kind.NOT_FOUND, "No release is published yet."));
    }
}
