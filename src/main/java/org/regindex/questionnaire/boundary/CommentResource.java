package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import java.util.Locale;
import org.regindex.assignment.control.Names;
import org.regindex.identity.control.Caller;
import org.regindex.platform.boundary.NextPage;
import org.regindex.platform.entity.PageRequest;
import org.regindex.questionnaire.entity.CommentKind;
import org.regindex.questionnaire.entity.ReviewComment;

@Path("v1/cycles/{cycle}/questionnaires/{region}/answers/{indicator}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentResource {

    public record CommentJson(String kind, String author, String authorCapacity, String text, Instant at) {}

    public record ThreadJson(String indicator, boolean changeRequested, List<CommentJson> comments) {}

    /** {@code kind}: COMMENT (default), CHANGE_REQUESTED or RESOLVED. */
    public record NewComment(String text, String kind) {}

    @Inject
    Review review;

    @Inject
    Caller caller;

    @PathParam("cycle")
    String cycle;

    @PathParam("region")
    String region;

    @PathParam("indicator")
    String indicator;

    @Context
    UriInfo uri;

    /** The answer's thread with a page of its comments, oldest first; the next page in the Link header. */
    @GET
    public Response thread(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Review.ThreadPage page = review.about(cycle, region, indicator, PageRequest.of(limit, cursor));
        return NextPage.ok(json(page), page.comments(), uri);
    }

    @POST
    public Response add(NewComment body) {
        if (body == null) {
            throw new BadRequestException(
                    "The body must be {\"text\": ..., \"kind\": \"COMMENT\" | \"CHANGE_REQUESTED\" | \"RESOLVED\"}.");
        }
        CommentKind kind;
        try {
            kind = body.kind() == null
                    ? CommentKind.COMMENT
                    : CommentKind.valueOf(body.kind().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(
                    "The kind is COMMENT, CHANGE_REQUESTED or RESOLVED, not \"" + body.kind() + "\".");
        }
        review.comment(cycle, region, indicator, kind, body.text());
        Review.ThreadPage page = review.about(cycle, region, indicator, PageRequest.first(PageRequest.DEFAULT_LIMIT));
        return NextPage.link(Response.status(Response.Status.CREATED).entity(json(page)), page.comments(), uri)
                .build();
    }

    private ThreadJson json(Review.ThreadPage page) {
        return new ThreadJson(
                indicator,
                page.thread() != null && page.thread().changeRequested(),
                page.comments().items().stream()
                        .map(c -> comment(page.all(), c))
                        .toList());
    }

    private CommentJson comment(Review.Threads all, ReviewComment comment) {
        return new CommentJson(
                comment.kind().name(),
                Names.shown(comment.author(), comment.authorCapacity(), all.cycle(), all.viewer(), caller.username()),
                comment.authorCapacity().name().toLowerCase(Locale.ROOT),
                comment.body(),
                comment.createdAt());
    }
}
