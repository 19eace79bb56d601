package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.control.DatabaseOutage;
import org.regindex.platform.entity.Refusal;
import org.regindex.questionnaire.entity.Notification;

/** The unread count in the page shell, and the notifications page. */
@Named
@RequestScoped
public class InboxBacking {

    @Inject
    Inbox inbox;

    private Long unread;

    /** Zero while the database cannot be reached: every page shows the count, including the page saying so. */
    public long getUnread() {
        if (unread == null) {
            try {
                unread = inbox.unread();
            } catch (RuntimeException failure) {
                if (!DatabaseOutage.causedBy(failure)) {
                    throw failure;
                }
                unread = 0L;
            }
        }
        return unread;
    }

    public List<Notification> getLatest() {
        return inbox.latest();
    }

    /** Marks the notification read and opens what it is about. */
    public void open(long id) throws IOException {
        try {
            Notification notification = inbox.markRead(id);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + notification.link());
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public void markAllRead() {
        inbox.markAllRead();
        unread = 0L;
    }
}
