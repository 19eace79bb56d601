package org.regindex.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;

/** The signed-in person as the page shell shows them, and sign-out. */
@Named("account")
@RequestScoped
public class AccountBacking {

    @Inject
    Caller caller;

    public boolean isSignedIn() {
        return caller.signedIn();
    }

    public String getDisplayName() {
        return caller.displayName();
    }

    public String getRoleLabels() {
        return caller.roles().stream().map(Role::label).collect(Collectors.joining(", "));
    }

    public boolean has(String roleName) {
        return Role.byName(roleName).map(caller::has).orElse(false);
    }

    /**
     * Ends the local session; the OpenID mechanism then sends the browser to Keycloak's end-session
     * endpoint, which returns to the public home page (see the logout definition).
     */
    public void signOut() throws ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ((HttpServletRequest) faces.getExternalContext().getRequest()).logout();
        faces.responseComplete();
    }
}
