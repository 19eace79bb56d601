package org.regindex.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.regindex.platform.entity.Refusal;

/** What a page tells the person after an action: done, or refused with the refusal's own sentence. */
public final class PageMessages {

    private PageMessages() {}

    public static void done(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    /** For an action that ends by sending the browser to another page: the message goes along. */
    public static void doneThenRedirect(String text) {
        done(text);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /** The message is written for the person; the exception itself never reaches the page. */
    public static void refused(Refusal refusal) {
        add(FacesMessage.SEVERITY_ERROR, refusal.getMessage());
    }

    /** A page that cannot show what its address names: the reason, and the status an API would answer (403, 404…). */
    public static void pageRefused(Refusal refusal) {
        refused(refusal);
        status(refusal);
    }

    /** The status only, for pages that show the reason their own way. */
    public static void status(Refusal refusal) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(refusal.kind().status);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
