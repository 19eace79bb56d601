package org.regindex.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The status an error page answers with. PrimeFaces' exception handler sends the browser to the error
 * page that web.xml names for the failure (a redirect), so the page itself says what it is.
 */
@Named
@RequestScoped
public class ErrorStatus {

    /** The database cannot be reached: 503, and a hint when to try again. */
    public void serviceUnavailable() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.setResponseStatus(503);
        context.setResponseHeader("Retry-After", UnexpectedExceptionMapper.RETRY_AFTER_SECONDS);
    }
}
