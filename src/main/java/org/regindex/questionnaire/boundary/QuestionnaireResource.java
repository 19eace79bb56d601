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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.assignment.control.Names;
import org.regindex.assignment.entity.Capacity;
import org.regindex.audit.boundary.AuditLog;
import org.regindex.codebook.entity.Indicator;
import org.regindex.identity.control.Caller;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.questionnaire.entity.Answer;
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
            List<SavedAnswer> answers,
            List<QuestionnaireView.MissingItem> missing) {}

    /** PUT body: the whole answer and the version it revises (0 for a first save). A missing note keeps the stored one. */
    public record AnswerChange(
            String option,
            boolean notApplicable,
            String notApplicableReason,
            String justification,
            List<AnswerJson.SourceJson> sources,
            String note,
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
    @ConfigProperty(name = "import.max.bytes")
    long maxBytes;

    @PathParam("cycle")
    String cycle;

    @PathParam("region")
    String region;

    @GET
    public QuestionnaireJson questionnaire() {
        QuestionnaireView view = dataEntry.open(cycle, region);
        List<SavedAnswer> answers = view.cycle().codebook().indicators().stream()
                .map(Indicator::code)
                .filter(view.answers()::containsKey)
                .map(code -> view.answers().get(code))
                .map(answer -> SavedAnswer.of(
                        answer,
                        view.showsNotes(),
                        Names.shown(
                                answer.updatedBy(),
                                Capacity.EXPERT,
                                view.cycle(),
                                view.capacities(),
                                caller.username())))
                .toList();
        return new QuestionnaireJson(
                cycle,
                region,
                view.state().name(),
                view.version(),
                view.writable(),
                view.answeredPercent(),
                answers,
                view.missing());
    }

    @PUT
    @Path("answers/{indicator}")
    public SavedAnswer save(@PathParam("indicator") String indicator, AnswerChange body) {
        if (body == null || body.version() == null) {
            throw new BadRequestException(
                    "The body must be the answer with the version it revises (0 for a first save).");
        }
        AnswerJson sent = new AnswerJson(
                body.option(),
                body.notApplicable(),
                body.notApplicableReason(),
                body.justification(),
                body.sources(),
                body.note());
        Answer saved = dataEntry.save(cycle, region, indicator, sent.toContent(), body.version(), body.note() == null);
        return SavedAnswer.of(saved, true, saved.updatedBy());
    }

    @POST
    @Path("transitions")
    public TransitionResult transition(TransitionRequest body) {
        if (body == null || body.transition() == null) {
            throw new BadRequestException(
                    "The body must name a transition: SUBMIT, REQUEST_CHANGES, ACCEPT, APPROVE, RETURN or REOPEN.");
        }
        Transition transition;
        try {
            transition = Transition.valueOf(body.transition().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("\"" + body.transition()
                    + "\" is not a transition: SUBMIT, REQUEST_CHANGES, ACCEPT, APPROVE, RETURN or REOPEN.");
        }
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

    public record CopyResult(int copied) {}

    @POST
    @Path("previous/copy")
    public CopyResult copy(CopyRequest body) {
        if (body != null && body.indicator() != null) {
            lastRelease.copy(cycle, region, body.indicator());
            return new CopyResult(1);
        }
        return new CopyResult(lastRelease.copyAllUnanswered(cycle, region));
    }

    /** Every change of this questionnaire, newest first, for its expert, its reviewer and coordinators. */
    @GET
    @Path("audit")
    public List<AuditLog.Entry> audit() {
        return auditLog.ofQuestionnaire(cycle, region);
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
