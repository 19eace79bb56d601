package org.regindex.codebook.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.codebook.entity.RegionBoundary;
import org.regindex.platform.control.Spreadsheets;

/** Region boundaries for the maps: a GeoJSON FeatureCollection in, the stored (simplified) outlines out. */
@Path("v1/regions/boundaries")
@RequestScoped
public class BoundaryResource {

    public static final String GEO_JSON = "application/geo+json";

    /** What an import answers: the regions it gave a boundary, with their points after simplification. */
    public record ImportedJson(int regions, Map<String, Integer> points, String attribution) {}

    @Inject
    BoundaryImport boundaryImport;

    @Inject
    @ConfigProperty(name = "import.max.bytes")
    long maxBytes;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportedJson importFile(
            @QueryParam("fileName") @DefaultValue("boundaries.geojson") String fileName,
            @QueryParam("attribution") String attribution,
            InputStream body) {
        BoundaryImport.Imported imported =
                boundaryImport.importFile(fileName, Spreadsheets.readLimited(body, maxBytes, fileName), attribution);
        return new ImportedJson(imported.points().size(), imported.points(), imported.attribution());
    }

    /** The stored outlines as one FeatureCollection, each feature with its code and attribution. */
    @GET
    @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
    public Response export() {
        return Response.ok(boundaryImport.all().stream()
                        .map(BoundaryResource::feature)
                        .collect(Collectors.joining(",", "{\"type\":\"FeatureCollection\",\"features\":[", "]}")))
                .build();
    }

    private static String feature(RegionBoundary boundary) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":" + quoted(boundary.regionCode()) + ",\"attribution\":"
                + quoted(boundary.attribution()) + "},\"geometry\":" + boundary.geometry() + "}";
    }

    private static String quoted(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
