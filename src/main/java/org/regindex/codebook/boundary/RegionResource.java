package org.regindex.codebook.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.boundary.NextPage;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.Page;
import org.regindex.platform.entity.PageRequest;

@Path("v1/regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    public record RegionJson(String code, String name, String country) {

        static RegionJson of(Region region) {
            return new RegionJson(region.code(), region.name(), region.countryCode());
        }
    }

    @Inject
    RegionDirectory directory;

    @Inject
    RegionImport regionImport;

    @Inject
    @ConfigProperty(name = "import.max.bytes")
    long maxBytes;

    /** Regions by country and code, a page at a time; the next page in the Link header. */
    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Page<RegionJson> page = directory.list(PageRequest.of(limit, cursor)).map(RegionJson::of);
        return NextPage.ok(page.items(), page, uri);
    }

    @GET
    @Path("{code}")
    public RegionJson one(@PathParam("code") String code) {
        return RegionJson.of(directory.find(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(RegionJson body, @Context UriInfo uri) {
        if (body == null) {
            throw new BadRequestException("The body must be a region: {\"code\", \"name\", \"country\"}.");
        }
        Region added = directory.add(body.code(), body.name(), body.country());
        return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build())
                .entity(RegionJson.of(added))
                .build();
    }

    /** The body is a CSV or .xlsx file with the columns code, name, country. */
    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    public List<RegionJson> importFile(
            @QueryParam("fileName") @DefaultValue("upload") String fileName, InputStream body) {
        return regionImport.importFile(fileName, Spreadsheets.readLimited(body, maxBytes, fileName)).stream()
                .map(RegionJson::of)
                .toList();
    }
}
