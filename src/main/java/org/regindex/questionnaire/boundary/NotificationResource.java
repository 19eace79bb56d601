package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.regindex.platform.boundary.NextPage;
import org.regindex.platform.entity.Page;
import org.regindex.platform.entity.PageRequest;
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

    @Context
    UriInfo uri;

    /** The unread count and one page of notifications, newest first; the next page in the Link header. */
    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Page<NotificationJson> page = inbox.page(PageRequest.of(limit, cursor)).map(NotificationJson::of);
        return NextPage.ok(new InboxJson(inbox.unread(), page.items()), page, uri);
    }

    @POST
    @Path("{id}/read")
    public NotificationJson read(@PathParam("id") long id) {
        return NotificationJson.of(inbox.markRead(id));
    }
}
