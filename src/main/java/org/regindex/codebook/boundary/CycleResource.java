package org.regindex.codebook.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.codebook.entity.StepSchedule;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Party;
import org.regindex.identity.entity.Role;

@Path("v1/cycles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CycleResource {

    public record CodebookRef(String code, int version) {}

    public record CycleJson(
            String code,
            String name,
            CodebookRef codebook,
            String deadline,
            Schedule schedule,
            String status,
            boolean blindReview,
            boolean countryLevel,
            int version,
            List<String> regions) {

        public static CycleJson of(Cycle cycle) {
            return new CycleJson(
                    cycle.code(),
                    cycle.name(),
                    new CodebookRef(cycle.codebook().code(), cycle.codebook().version()),
                    cycle.deadline().toString(),
                    Schedule.of(StepSchedule.of(cycle)),
                    cycle.status().name(),
                    cycle.blindReview(),
                    cycle.countryLevel(),
                    cycle.rowVersion(),
                    cycle.regions().stream().map(Region::code).toList());
        }
    }

    /** A contributor as sent: a name, or a given and family name for a person; affiliation and ORCID iD optional. */
    public record Contributor(String name, String givenName, String familyName, String affiliation, String orcid) {}

    /** Body of a new cycle; {@code regions} are region codes. */
    public record NewCycle(String code, String name, CodebookRef codebook, String deadline, List<String> regions) {}

    /**
     * The deadlines of reviewing and approving (null: none of their own) and from how many days before a deadline
     * reminders go out (null: no automatic reminders).
     */
    public record Schedule(
            String reviewDeadline, String approvalDeadline, Integer reminderDaysBefore, String replyDeadline) {

        static Schedule of(StepSchedule steps) {
            return new Schedule(
                    steps.reviewDeadline() == null
                            ? null
                            : steps.reviewDeadline().toString(),
                    steps.approvalDeadline() == null
                            ? null
                            : steps.approvalDeadline().toString(),
                    steps.reminderDaysBefore(),
                    steps.replyDeadline() == null ? null : steps.replyDeadline().toString());
        }

        StepSchedule steps() {
            return new StepSchedule(
                    date(reviewDeadline), date(approvalDeadline), reminderDaysBefore, date(replyDeadline));
        }
    }

    /**
     * Body of a change; {@code version} is the one the caller read; {@code blindReview} and {@code countryLevel} may be left out, and so may
     * {@code schedule}, which, when sent, replaces the cycle's whole schedule.
     */
    public record CycleChange(
            String name,
            String deadline,
            Boolean blindReview,
            Boolean countryLevel,
            Schedule schedule,
            Integer version) {}

    @Inject
    Caller caller;

    @Inject
    CycleAdministration administration;

    @Context
    UriInfo uri;

    @GET
    public List<CycleJson> list() {
        return administration.list().stream().map(CycleJson::of).toList();
    }

    @POST
    public Response create(NewCycle body) {
        if (body == null || body.codebook() == null) {
            throw new BadRequestException(
                    "The body must name code, name, codebook {code, version}, deadline and regions.");
        }
        Cycle cycle = administration.create(
                body.code(),
                body.name(),
                body.codebook().code(),
                body.codebook().version(),
                date(body.deadline()),
                body.regions() == null ? List.of() : body.regions());
        return Response.created(uri.getAbsolutePathBuilder().path(cycle.code()).build())
                .entity(CycleJson.of(cycle))
                .build();
    }

    @GET
    @Path("{cycle}")
    public CycleJson one(@PathParam("cycle") String code) {
        return CycleJson.of(administration.find(code));
    }

    @PUT
    @Path("{cycle}")
    public CycleJson change(@PathParam("cycle") String code, CycleChange body) {
        caller.require(Role.COORDINATOR); // strangers get 401/403, not advice on the body
        if (body == null || body.version() == null) {
            throw new BadRequestException("The body must carry name, deadline and the version you read.");
        }
        return CycleJson.of(administration.update(
                code,
                body.version(),
                body.name(),
                date(body.deadline()),
                body.blindReview(),
                body.countryLevel(),
                body.schedule() == null ? null : body.schedule().steps()));
    }

    /** The people and organisations the cycle's releases credit as contributors, in order. */
    @GET
    @Path("{cycle}/contributors")
    public List<Party> contributors(@PathParam("cycle") String code) {
        return administration.find(code).contributors();
    }

    /** Replaces the contributors: each with name (or givenName and familyName), affiliation and orcid. */
    @PUT
    @Path("{cycle}/contributors")
    public List<Party> credit(@PathParam("cycle") String code, List<Contributor> body) {
        caller.require(Role.COORDINATOR);
        if (body == null || body.contains(null)) {
            throw new BadRequestException(
                    "The body must be a list of contributors, each with a name or a givenName and familyName.");
        }
        List<Party> parties = body.stream()
                .map(c -> new Party(c.name(), c.givenName(), c.familyName(), c.affiliation(), c.orcid()))
                .toList();
        return administration.credit(code, parties).contributors();
    }

    @POST
    @Path("{cycle}/open")
    public CycleJson open(@PathParam("cycle") String code) {
        return CycleJson.of(administration.setOpen(code, true));
    }

    @POST
    @Path("{cycle}/close")
    public CycleJson close(@PathParam("cycle") String code) {
        return CycleJson.of(administration.setOpen(code, false));
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("The deadline \"" + text + "\" is not a date written as YYYY-MM-DD.");
        }
    }
}
