package org.regindex.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.platform.boundary.PageTexts;

/** The signed-in person as the page shell shows them, and sign-out. */
@Named("account")
@RequestScoped
public class AccountBacking {

    @Inject
    Caller caller;

    @Inject
    SignOut signOut;

    public boolean isSignedIn() {
        return caller.signedIn();
    }

    public String getDisplayName() {
        return caller.displayName();
    }

    public String getRoleLabels() {
        return caller.roles().stream()
                .map(role -> PageTexts.label("role", role))
                .collect(Collectors.joining(", "));
    }

    public boolean has(String roleName) {
        return Role.byName(roleName).map(caller::has).orElse(false);
    }

    /** Signs out here and at Keycloak (see {@link SignOut}); the session's cookie is worth nothing after. */
    public void signOut() throws ServletException, IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        signOut.signOut((HttpServletRequest) faces.getExternalContext().getRequest(), (HttpServletResponse)
                faces.getExternalContext().getResponse());
        faces.responseComplete();
    }
}
