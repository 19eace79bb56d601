package org.regindex.codebook.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.codebook.entity.Codebook;
import org.regindex.platform.control.Spreadsheets;

@Path("v1/codebooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CodebookResource {

    @Inject
    CodebookCatalog catalog;

    @Inject
    @ConfigProperty(name = "import.max.bytes")
    long maxBytes;

    @Context
    UriInfo uri;

    @GET
    public List<CodebookJson.Summary> list() {
        return catalog.list().stream()
                .map(c -> CodebookJson.Summary.of(c, catalog.usedBy(c)))
                .toList();
    }

    @GET
    @Path("{code}")
    public CodebookJson.Detail latest(@PathParam("code") String code) {
        Codebook codebook = catalog.latest(code);
        return CodebookJson.Detail.of(codebook, catalog.usedBy(codebook));
    }

    @GET
    @Path("{code}/versions/{version}")
    public CodebookJson.Detail version(@PathParam("code") String code, @PathParam("version") int version) {
        Codebook codebook = catalog.version(code, version);
        return CodebookJson.Detail.of(codebook, catalog.usedBy(codebook));
    }

    /** The body is the file itself (CSV or .xlsx); it becomes the next version of codebook {@code code}. */
    @POST
    @Path("{code}/imports")
    @Consumes(MediaType.WILDCARD)
    public Response importFile(
            @PathParam("code") String code,
            @QueryParam("title") String title,
            @QueryParam("fileName") @DefaultValue("upload") String fileName,
            @QueryParam("language") @DefaultValue("en") String language,
            InputStream body) {
        Codebook codebook =
                catalog.importFile(code, title, language, fileName, Spreadsheets.readLimited(body, maxBytes, fileName));
        return created(codebook);
    }

    @POST
    @Path("{code}/versions/{version}/copies")
    public Response copy(@PathParam("code") String code, @PathParam("version") int version) {
        return created(catalog.copyToNewVersion(code, version));
    }

    @DELETE
    @Path("{code}/versions/{version}")
    public Response delete(@PathParam("code") String code, @PathParam("version") int version) {
        catalog.delete(code, version);
        return Response.noContent().build();
    }

    @GET
    @Path("{code}/versions/{version}/export")
    @Produces({Spreadsheets.CSV_TYPE, Spreadsheets.XLSX_TYPE, MediaType.APPLICATION_JSON})
    public Response export(
            @PathParam("code") String code,
            @PathParam("version") int version,
            @QueryParam("format") @DefaultValue("xlsx") String format) {
        CodebookCatalog.FileFormat fileFormat;
        try {
            fileFormat = CodebookCatalog.FileFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The format is csv or xlsx, not \"" + format + "\".");
        }
        CodebookCatalog.Download download = catalog.export(code, version, fileFormat);
        return Response.ok(download.content(), download.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                .build();
    }

    private Response created(Codebook codebook) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("v1/codebooks/{code}/versions/{version}")
                        .build(codebook.code(), codebook.version()))
                .entity(CodebookJson.Summary.of(codebook, null))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }
}
