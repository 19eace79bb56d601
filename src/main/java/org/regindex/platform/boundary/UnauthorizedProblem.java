package org.regindex.platform.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The body of a 401 that the container sends before the API is reached (a bearer token that is
 * expired, forged or for someone else): problem JSON like every other API error, not an HTML page.
 * Pages never get a 401; they send the browser to sign in.
 */
@WebServlet("/error/unauthorized")
public class UnauthorizedProblem extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final String BODY = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"The bearer token is missing, expired or not valid for this service: get a new one from the sign-in service.\"}";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(BODY);
    }
}
