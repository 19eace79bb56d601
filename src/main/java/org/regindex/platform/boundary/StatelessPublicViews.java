package org.regindex.platform.boundary;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Every page outside {@code /app/} is a stateless view: the public pages' selectors are GET forms, so they need
 * no view state, and a visitor who has not signed in gets no session, which a shared cache could not keep and which
 * would fill the heap on the day a release is in the news. Set once the view exists and before anything renders:
 * PrimeFaces keeps its script nonce in the view's map, which would otherwise open a session.
 */
public class StatelessPublicViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    static final String SIGNED_IN_PAGES = "/app/";

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && isPublic(view.getViewId())) {
            view.setTransient(true);
        }
    }

    static boolean isPublic(String viewId) {
        return viewId != null && !viewId.startsWith(SIGNED_IN_PAGES);
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view is restored.
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
