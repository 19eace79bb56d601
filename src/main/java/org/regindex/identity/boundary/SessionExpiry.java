package org.regindex.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Ends a signed-in session that has outlived the absolute timeout, and asks for the same address again without it: a
 * public page then opens for nobody in particular, a page behind sign-in sends the person to sign in.
 */
@WebFilter(urlPatterns = "/*")
public class SessionExpiry extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SignInSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getUserPrincipal() == null || PathRoutingAuthenticationMechanism.isApi(request)
                ? null
                : request.getSession(false);
        if (session != null && sessions.expired(request)) {
            session.invalidate();
            again(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void again(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        String address = request.getRequestURI() + (query == null ? "" : "?" + query);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An AJAX request follows no redirect: Faces' script does, when the answer says so.
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + address.replace("&", "&amp;")
                                    .replace("\"", "&quot;")
                                    .replace("<", "&lt;") + "\"/></partial-response>");
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", address);
        }
    }
}
