package org.regindex.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.regindex.platform.entity.Page;

/**
 * Lists that grow answer one page and name the next in a {@code Link: <...>; rel="next"} header (RFC 8288):
 * the address asked for with the next page's cursor, every other parameter kept. The body stays the list.
 */
public final class NextPage {

    private NextPage() {}

    public static Response ok(Object body, Page<?> page, UriInfo uri) {
        return link(Response.ok(body), page, uri).build();
    }

    /** Adds the header to a response being built, when a next page exists. */
    public static Response.ResponseBuilder link(Response.ResponseBuilder response, Page<?> page, UriInfo uri) {
        if (page.next() == null) {
            return response;
        }
        return response.header(
                "Link",
                "<"
                        + uri.getRequestUriBuilder()
                                .replaceQueryParam("cursor", page.next())
                                .build() + ">; rel=\"next\"");
    }
}
