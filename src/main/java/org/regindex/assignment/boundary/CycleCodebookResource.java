package org.regindex.assignment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.regindex.codebook.boundary.CodebookJson;

/** The codebook of a cycle for everyone who works in it: axes, and every indicator with its options and scores. */
@Path("v1/cycles/{cycle}/codebook")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CycleCodebookResource {

    @Inject
    CycleCodebook codebook;

    @GET
    public CodebookJson.Detail codebook(@PathParam("cycle") String cycle) {
        return CodebookJson.Detail.of(codebook.of(cycle), cycle);
    }
}
