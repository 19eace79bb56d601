package org.regindex.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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

    /**
     * Signs out and ends the session on the server, so that its cookie is worth nothing; the OpenID mechanism
     * sends the browser to Keycloak's end-session endpoint, which returns to the public home page (see the
     * logout definition). The mechanism reads the session's tokens while it signs out: the session ends after.
     */
    public void signOut() throws ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpSession session = request.getSession(false);
        request.logout();
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException endedAlready) {
                // the mechanism ended it itself
            }
        }
        faces.responseComplete();
    }
}
