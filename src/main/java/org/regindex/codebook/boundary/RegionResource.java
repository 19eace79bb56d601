package org.regindex.codebook.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.regindex.codebook.entity.Region;

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

    @GET
    public List<RegionJson> list() {
        return directory.list().stream().map(RegionJson::of).toList();
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
                .entity(RegionJson.of(added)).build();
    }
}
