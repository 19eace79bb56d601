package org.regindex.assignment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.regindex.codebook.boundary.CycleAdministration;
import org.regindex.codebook.boundary.CycleResource.CycleJson;

/**
 * A region joins a cycle, or leaves it with its team. Both live here because leaving removes the
 * region's assignments, and a JAX-RS request is matched to one resource class by its path.
 */
@Path("v1/cycles/{cycle}/regions/{region}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CycleRegionResource {

    @Inject
    CycleAdministration administration;

    @Inject
    CycleTeams teams;

    @PathParam("cycle")
    String cycle;

    @PathParam("region")
    String region;

    @PUT
    public CycleJson include() {
        return CycleJson.of(administration.include(cycle, region));
    }

    @DELETE
    public CycleJson exclude() {
        return CycleJson.of(teams.exclude(cycle, region));
    }
}
