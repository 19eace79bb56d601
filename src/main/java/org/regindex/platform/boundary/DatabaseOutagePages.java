package org.regindex.platform.boundary;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.regindex.platform.control.DatabaseOutage;

/**
 * A page that fails because the database cannot be reached is answered with the "temporarily
 * unavailable" page (503), not the page for a program error. Wraps PrimeFaces' handler (faces-config),
 * which deals with everything else; the API has its own mapper.
 */
public class DatabaseOutagePages extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(DatabaseOutagePages.class.getName());
    static final String PAGE = "/error/unavailable.xhtml";

    public DatabaseOutagePages(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> events =
                            getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                if (DatabaseOutage.causedBy(failure)) {
                    events.remove();
                    LOG.warning("Database unreachable while rendering a page: " + failure);
                    sendToUnavailablePage(FacesContext.getCurrentInstance());
                    break;
                }
            }
            getWrapped().handle();
        }

        private static void sendToUnavailablePage(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            if (external.isResponseCommitted()) {
                return;
            }
            try {
                external.redirect(external.getRequestContextPath() + PAGE);
                faces.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
    }
}
