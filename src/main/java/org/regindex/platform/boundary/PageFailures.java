package org.regindex.platform.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;
import org.regindex.platform.control.DataRefusals;
import org.regindex.platform.control.DatabaseOutage;
import org.regindex.platform.entity.Refusal;

/**
 * Page actions that fail for a reason that is no bug. A database that cannot be reached is answered with
 * the "temporarily unavailable" page (503). A refusal that reached the page uncaught, or one the data made
 * (two people adding the same region at once: the schema's sentence for the key; a lock given up) is
 * shown on the same page as its sentence, with what the person typed still in the form. Wraps PrimeFaces'
 * handler (faces-config), which deals with everything else; the API has its own mappers.
 */
public class PageFailures extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(PageFailures.class.getName());
    static final String UNAVAILABLE_PAGE = "/error/unavailable.xhtml";

    public PageFailures(ExceptionHandlerFactory wrapped) {
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
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events =
                            getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                if (DatabaseOutage.causedBy(failure)) {
                    events.remove();
                    LOG.warning("Database unreachable while rendering a page: " + failure);
                    sendToUnavailablePage(faces);
                    break;
                }
                Optional<Refusal> refused = refusal(failure);
                if (refused.isPresent() && !faces.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    showOnThePage(faces, refused.get());
                }
            }
            getWrapped().handle();
        }

        private static Optional<Refusal> refusal(Throwable failure) {
            Optional<Refusal> thrown = DataRefusals.thrownIn(failure);
            return thrown.isPresent()
                    ? thrown
                    : CDI.current().select(DataRefusals.class).get().of(failure);
        }

        /** An AJAX answer keeps 200, or PrimeFaces would not update the page with the message. */
        private static void showOnThePage(FacesContext faces, Refusal refusal) {
            PageMessages.refused(refusal);
            if (!faces.getPartialViewContext().isAjaxRequest()) {
                PageMessages.status(refusal);
            }
            faces.validationFailed();
        }

        private static void sendToUnavailablePage(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            if (external.isResponseCommitted()) {
                return;
            }
            try {
                external.redirect(external.getRequestContextPath() + UNAVAILABLE_PAGE);
                faces.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
    }
}
