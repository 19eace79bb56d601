package org.regindex.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.regindex.platform.control.DatabaseOutage;

/**
 * A page that fails because the database cannot be reached answers 503 with the "temporarily
 * unavailable" page (web.xml) instead of the page for a program error. The API has its own mapper.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class DatabaseOutagePages extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutagePages.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.warning("Database unreachable while rendering " + request.getRequestURI() + ": " + failure);
            response.resetBuffer();
            response.setHeader("Retry-After", UnexpectedExceptionMapper.RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
