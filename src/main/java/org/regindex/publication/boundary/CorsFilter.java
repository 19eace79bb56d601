package org.regindex.publication.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/** Any web page may read the open data: GET, HEAD and their preflights on /api/v1/releases are open to every origin. */
@Provider
public class CorsFilter implements ContainerResponseFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!READS.contains(request.getMethod())
                || !(path.startsWith("v1/releases") || path.startsWith("/v1/releases"))) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", "*");
        headers.putSingle(
                "Access-Control-Expose-Headers",
                "ETag, Link, Content-Disposition, X-Release-Version, X-Release-Digest");
        if ("OPTIONS".equals(request.getMethod())) {
            headers.putSingle("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            headers.putSingle("Access-Control-Allow-Headers", "If-None-Match, Accept");
            headers.putSingle("Access-Control-Max-Age", "86400");
        }
    }
}
