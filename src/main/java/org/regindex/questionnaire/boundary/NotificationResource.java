package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.regindex.questionnaire.entity.Notification;

@Path("v1/me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    public record NotificationJson(long id, Instant at, boolean read, String subject, String body, String link) {

        static NotificationJson of(Notification n) {
            return new NotificationJson(n.id(), n.createdAt(), n.isRead(), n.subject(), n.body(), n.link());
        }
    }

    public record InboxJson(long unread, List<NotificationJson> notifications) {}

    @Inject
    Inbox inbox;

    @GET
    public InboxJson list() {
        return new InboxJson(
                inbox.unread(),
                inbox.latest().stream().map(NotificationJson::of).toList());
    }

    @POST
    @Path("{id}/read")
    public NotificationJson read(@PathParam("id") long id) {
        return NotificationJson.of(inbox.markRead(id));
    }
}
