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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.regindex.codebook.entity.DeadlineStep;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.questionnaire.control.ReminderPlan.Reminder;
import org.regindex.questionnaire.control.Reminders.SentReminder;

/** Reminders of a cycle's deadlines: those sent automatically, and sending those of one step by hand. */
@Path("v1/cycles/{cycle}/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReminderResource {

    /** {@code step}: SUBMISSION, REVIEW or APPROVAL. */
    public record ReminderRequest(String step) {}

    /** A reminder as sent: to whom, of which step, before or after its deadline, and the regions it named. */
    public record ReminderJson(String recipient, String step, String kind, String deadline, List<String> regions) {

        static ReminderJson of(Reminder reminder) {
            return new ReminderJson(
                    reminder.recipient(),
                    reminder.step().name(),
                    reminder.kind().name(),
                    reminder.deadline().toString(),
                    reminder.regions().stream().map(Region::code).toList());
        }
    }

    public record SentJson(
            String recipient, String step, String kind, String deadline, List<String> regions, String sentAt) {

        static SentJson of(SentReminder sent) {
            return new SentJson(
                    sent.recipient(),
                    sent.step(),
                    sent.kind(),
                    sent.deadline().toString(),
                    sent.regions(),
                    sent.sentAt().toString());
        }
    }

    @Inject
    Caller caller;

    @Inject
    ReminderDesk desk;

    @PathParam("cycle")
    String cycle;

    /** The automatic reminders sent so far, oldest first. */
    @GET
    public List<SentJson> sent() {
        return desk.sent(cycle).stream().map(SentJson::of).toList();
    }

    /** Reminds everyone a questionnaire of the cycle waits for at one step, now; answers whom it reminded. */
    @POST
    public List<ReminderJson> remind(ReminderRequest body) {
        caller.require(Role.COORDINATOR);
        return desk.remind(cycle, step(body)).stream().map(ReminderJson::of).toList();
    }

    private static DeadlineStep step(ReminderRequest body) {
        String names = Arrays.stream(DeadlineStep.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (body == null || body.step() == null) {
            throw new BadRequestException("The body must name the step to remind of: " + names + ".");
        }
        try {
            return DeadlineStep.valueOf(body.step());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(
                    "There is no step \"" + body.step() + "\" to remind of; the steps are " + names + ".");
        }
    }
}
