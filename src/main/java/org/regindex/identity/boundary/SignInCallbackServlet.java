package org.regindex.identity.boundary;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after sign-in. The OpenID mechanism has validated the
 * code by the time this runs; this gives the session another id and sends the person on to the page they first
 * asked for.
 * (Soteria's own redirect to the original resource fails on Payara 6 with a NullPointerException.)
 */
@WebServlet("/Callback")
public class SignInCallbackServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final String TARGET = SignInCallbackServlet.class.getName() + ".target";
    private static final String DEFAULT_TARGET = "/app/home.xhtml";

    @Inject
    SignInSessions sessions;

    @Inject
    OpenIdContext openId;

    static void rememberTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request.getSession().setAttribute(TARGET, query == null ? path : path + "?" + query);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String target = session == null ? null : (String) session.getAttribute(TARGET);
        if (session != null) {
            session.removeAttribute(TARGET);
        }
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        sessions.signedIn(request, openId);
        response.sendRedirect(request.getContextPath() + (isLocalPath(target) ? target : DEFAULT_TARGET));
    }

    /** Only paths within this application, never another host ("//evil.example"). */
    public static boolean isLocalPath(String target) {
        return target != null && target.startsWith("/") && !target.startsWith("//") && !target.contains("\\");
    }
}
