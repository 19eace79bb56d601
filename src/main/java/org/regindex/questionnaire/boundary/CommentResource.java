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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.regindex.assignment.control.Names;
import org.regindex.identity.control.Caller;
import org.regindex.questionnaire.entity.CommentKind;
import org.regindex.questionnaire.entity.ReviewComment;
import org.regindex.questionnaire.entity.ReviewThread;

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

    @GET
    public ThreadJson thread() {
        Review.Threads all = review.threads(cycle, region);
        return all.threads().stream()
                .filter(t -> t.indicator().code().equals(indicator))
                .findFirst()
                .map(t -> json(all, t))
                .orElse(new ThreadJson(indicator, false, List.of()));
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
        return Response.status(Response.Status.CREATED).entity(thread()).build();
    }

    ThreadJson json(Review.Threads all, ReviewThread thread) {
        return new ThreadJson(
                thread.indicator().code(),
                thread.changeRequested(),
                thread.comments().stream().map(c -> comment(all, c)).toList());
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
