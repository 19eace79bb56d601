package org.regindex.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.regindex.identity.control.Caller;
import org.regindex.identity.control.People;

/**
 * Keeps the person directory current: after sign-in (at most every few minutes per person) it stores the
 * name, e-mail address and roles that came with the token, for notifications to people not online.
 */
@WebFilter(urlPatterns = "/*")
public class PersonRecorder extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(PersonRecorder.class.getName());
    private static final Duration REFRESH = Duration.ofMinutes(10);
    private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

    @Inject
    Caller caller;

    @Inject
    People people;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            String username = request.getUserPrincipal().getName();
            Instant last = recorded.get(username);
            if (last == null || last.isBefore(Instant.now().minus(REFRESH))) {
                try {
                    people.record(caller);
                    recorded.put(username, Instant.now());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not record " + username + " in the person directory", e);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
