package org.regindex.assignment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.regindex.assignment.entity.CountryLead;

/** Who leads which country of a cycle; they approve its regions' questionnaires where the cycle has a country level. */
@Path("v1/cycles/{cycle}/country-leads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CountryLeadResource {

    public record CountryLeadJson(String country, String username) {

        static CountryLeadJson of(CountryLead lead) {
            return new CountryLeadJson(lead.countryCode(), lead.username());
        }
    }

    @Inject
    CountryLeadDesk desk;

    @PathParam("cycle")
    String cycle;

    @GET
    public List<CountryLeadJson> leads() {
        return desk.leads(cycle).stream().map(CountryLeadJson::of).toList();
    }

    /** Appoints the person; 201 with the lead, 409 if they lead the country already. */
    @PUT
    @Path("{country}/{username}")
    public Response appoint(@PathParam("country") String country, @PathParam("username") String username) {
        return Response.status(Response.Status.CREATED)
                .entity(CountryLeadJson.of(desk.appoint(cycle, country, username)))
                .build();
    }

    @DELETE
    @Path("{country}/{username}")
    public Response remove(@PathParam("country") String country, @PathParam("username") String username) {
        desk.remove(cycle, country, username);
        return Response.noContent().build();
    }
}
