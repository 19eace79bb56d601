package org.regindex.publication.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.regindex.release.entity.Release;

/**
 * {@code /releases/{version}}, the address every citation and metadata record gives, is the release's landing page:
 * the public release page itself, served at that address (its links do not depend on where it is served). A withdrawn
 * release's page is its tombstone. {@code /releases/latest} redirects to the newest published release's page; drafts,
 * unknown versions and anything else under {@code /releases} are the not-found page.
 */
@WebServlet(urlPatterns = {"/releases", "/releases/*"})
public class LandingPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/explore/release.xhtml";
    static final String LATEST = "latest";
    private static final Pattern VERSION = Pattern.compile("\\d{1,4}\\.\\d{1,4}");

    @Inject
    transient Explorer explorer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        String version = path == null ? "" : path.substring(1);
        if (LATEST.equals(version)) {
            Optional<Release> latest = explorer.latest();
            if (latest.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            // Found, not moved: latest names another release once the next one is published.
            response.setHeader("Cache-Control", "max-age=" + Published.LATEST);
            response.sendRedirect(
                    request.getContextPath() + "/releases/" + latest.get().version());
            return;
        }
        if (!VERSION.matcher(version).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // The page answers 404 itself for a draft or a version that does not exist, as at its own address.
        request.getRequestDispatcher(PAGE + "?version=" + version).forward(request, response);
    }
}
