package org.regindex.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;

@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String username, String name, String email, List<String> roles) {}

    @Inject
    Caller caller;

    @GET
    public Me me() {
        caller.requireSignedIn();
        return new Me(
                caller.username(),
                caller.displayName(),
                caller.email(),
                caller.roles().stream().map(Role::roleName).toList());
    }
}
