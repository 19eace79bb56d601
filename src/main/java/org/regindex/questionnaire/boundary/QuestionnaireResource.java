package org.regindex.questionnaire.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.assignment.control.Names;
import org.regindex.assignment.entity.Capacity;
import org.regindex.audit.boundary.AuditLog;
import org.regindex.codebook.entity.Indicator;
import org.regindex.identity.control.Caller;
import org.regindex.platform.boundary.NextPage;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.Page;
import org.regindex.platform.entity.PageRequest;
import org.regindex.questionnaire.control.AnswerJson;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.Confidence;
import org.regindex.questionnaire.entity.Questionnaire;
import org.regindex.questionnaire.entity.Transition;

@Path("v1/cycles/{cycle}/questionnaires/{region}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionnaireResource {

    public record SavedAnswer(String indicator, int version, Instant updatedAt, String updatedBy, AnswerJson answer) {

        static SavedAnswer of(Answer answer, boolean withNote, String shownAuthor) {
            return new SavedAnswer(
                    answer.indicator().code(),
                    answer.rowVersion(),
                    answer.updatedAt(),
                    shownAuthor,
                    AnswerJson.of(answer.content(), withNote));
        }
    }

    public record QuestionnaireJson(
            String cycle,
            String region,
            String state,
            int version,
            boolean writable,
            int answeredPercent,
            int completePercent,
            List<SavedAnswer> answers,
            List<QuestionnaireView.MissingItem> missing,
            List<QuestionnaireDocument.IndicatorJson> indicators) {}

    /**
     * PUT body: the whole answer and the version it revises (0 for a first save). A missing note or
     * confidence keeps the stored one.
     */
    public record AnswerChange(
            String option,
            boolean notApplicable,
            String notApplicableReason,
            String justification,
            List<AnswerJson.SourceJson> sources,
            String note,
            String confidence,
            Integer version) {}

    public record TransitionRequest(String transition, String reason, Integer version) {}

    public record TransitionResult(String state, int version, boolean changed) {}

    @Inject
    DataEntry dataEntry;

    @Inject
    QuestionnaireWorkflow workflow;

    @Inject
    OfflineWork offline;

    @Inject
    AuditLog auditLog;

    @Inject
    Caller caller;

    @Inject
    LastRelease lastRelease;

    @Inject
    ReviewDiff reviewDiff;

    @Inject
    Review review;

    @Inject
    @ConfigProperty(name = "import.max.bytes")
    long maxBytes;

    @Context
    UriInfo uri;

    @PathParam("cycle")
    String cycle;

    @PathParam("region")
    String region;

    /**
     * The questionnaire as its page shows it: state, version, answers, what submitting still needs, and every
     * indicator with its question, guidance, options, saved and last published answer and review thread.
     */
    @GET
    public QuestionnaireJson questionnaire() {
        QuestionnaireView view = dataEntry.open(cycle, region);
        Function<Answer, SavedAnswer> saved = answer -> SavedAnswer.of(
                answer,
                view.showsNotes(),
                Names.shown(answer.updatedBy(), Capacity.EXPERT, view.cycle(), view.capacities(), caller.username()));
        List<SavedAnswer> answers = view.cycle().codebook().indicators().stream()
                .map(Indicator::code)
                .filter(view.answers()::containsKey)
                .map(code -> saved.apply(view.answers().get(code)))
                .toList();
        return new QuestionnaireJson(
                cycle,
                region,
                view.state().name(),
                view.version(),
                view.writable(),
                view.answeredPercent(),
                view.completePercent(),
                answers,
                view.missing(),
                QuestionnaireDocument.indicators(
                        view, lastRelease.of(cycle, region), review.threads(cycle, region), saved));
    }

    @PUT
    @Path("answers/{indicator}")
    public SavedAnswer save(@PathParam("indicator") String indicator, AnswerChange body) {
        if (body == null || body.version() == null) {
            throw new BadRequestException(
                    "The body must be the answer with the version it revises (0 for a first save).");
        }
        if (body.confidence() != null && Confidence.byCode(body.confidence()).isEmpty()) {
            throw new BadRequestException(
                    "The confidence must be low, medium or high, not \"" + body.confidence() + "\".");
        }
        AnswerJson sent = new AnswerJson(
                body.option(),
                body.notApplicable(),
                body.notApplicableReason(),
                body.justification(),
                body.sources(),
                body.note(),
                body.confidence());
        Answer saved = dataEntry.save(cycle, region, indicator, sent.toContent(), body.version(), body.note() == null);
        return SavedAnswer.of(saved, true, saved.updatedBy());
    }

    @POST
    @Path("transitions")
    public TransitionResult transition(TransitionRequest body) {
        Transition transition = Transition.named(body == null ? null : body.transition());
        Questionnaire.StateChange change = workflow.apply(cycle, region, transition, body.reason(), body.version());
        QuestionnaireView view = dataEntry.open(cycle, region);
        return new TransitionResult(change.after().name(), view.version(), change.changed());
    }

    /** The region's answers in the newest published release of another cycle: last round's answers. */
    @GET
    @Path("previous")
    public LastRelease.Previous previous() {
        return lastRelease.of(cycle, region).orElseThrow(() -> new LastRelease.LastReleaseMissing(region));
    }

    /** Body {@code {"indicator": "LAB-ACT-01"}} copies one released answer in; {@code {}} copies all into unanswered indicators. */
    public record CopyRequest(String indicator) {}

    /** How many answers were copied, and that in a sentence (0: nothing was left to copy). */
    public record CopyResult(int copied, String message) {}

    @POST
    @Path("previous/copy")
    public CopyResult copy(CopyRequest body) {
        if (body != null && body.indicator() != null) {
            lastRelease.copy(cycle, region, body.indicator());
            return new CopyResult(1, "Copied the answer to " + body.indicator() + " of the last release.");
        }
        LastRelease.Copied copied = lastRelease.copyAllUnanswered(cycle, region);
        return new CopyResult(copied.copied(), copied.message());
    }

    public record ChangedAnswerJson(String indicator, AnswerJson before, AnswerJson after) {}

    /** {@code since} is left out (and the lists are empty) while there was no review to compare with. */
    public record ChangesJson(Instant since, List<ChangedAnswerJson> answers, List<String> threadsWithReplies) {}

    /**
     * What changed since the last review: for a reviewer of the region since their own last change request
     * or acceptance, for a coordinator since anyone's; each changed answer before and after, and the
     * threads the expert replied in.
     */
    @GET
    @Path("changes")
    public ChangesJson changes() {
        return reviewDiff
                .forReview(cycle, region)
                .map(c -> new ChangesJson(
                        c.since(),
                        c.answers().stream()
                                .map(a -> new ChangedAnswerJson(
                                        a.indicator(),
                                        AnswerJson.of(a.before(), false),
                                        AnswerJson.of(a.after(), false)))
                                .toList(),
                        c.threadsWithReplies()))
                .orElse(new ChangesJson(null, List.of(), List.of()));
    }

    /**
     * Every change of this questionnaire, newest first, for its expert, its reviewer and coordinators; a page
     * at a time ({@code limit}, {@code cursor}), the next page in the Link header.
     */
    @GET
    @Path("audit")
    public Response audit(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Page<AuditLog.Entry> page = auditLog.ofQuestionnaire(cycle, region, PageRequest.of(limit, cursor));
        return NextPage.ok(page.items(), page, uri);
    }

    @GET
    @Path("workbook")
    @Produces({Spreadsheets.XLSX_TYPE, MediaType.APPLICATION_JSON})
    public Response workbook() {
        OfflineWork.Download download = offline.download(cycle, region);
        return Response.ok(download.content(), Spreadsheets.XLSX_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                .build();
    }

    /** The body is the workbook downloaded from {@code GET workbook}, filled in. */
    @POST
    @Path("workbook")
    @Consumes(MediaType.WILDCARD)
    public OfflineWork.Upload upload(
            @QueryParam("fileName") @DefaultValue("questionnaire.xlsx") String fileName, InputStream body) {
        return offline.upload(cycle, region, fileName, Spreadsheets.readLimited(body, maxBytes, fileName));
    }
}
