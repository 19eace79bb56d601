package org.regindex.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Applies the session settings of {@link SignInSessions}: the cookie at start, the idle timeout to every new session. */
@WebListener
public class SessionLifecycle implements ServletContextListener, HttpSessionListener {

    @Inject
    SignInSessions sessions;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (sessions.secureCookie()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(sessions.limits().idleSeconds());
    }
}
