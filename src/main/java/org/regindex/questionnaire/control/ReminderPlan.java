package org.regindex.questionnaire.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.DeadlineStep;
import org.regindex.codebook.entity.Region;
import org.regindex.questionnaire.entity.QuestionnaireState;
import org.regindex.questionnaire.entity.ReminderKind;

/**
 * Who is reminded of what on a given day. A questionnaire waits for the step its state names (experts submit,
 * reviewers review, coordinators approve, or first the leads of its country where the cycle has a country level and
 * the country a lead); its people are reminded from the cycle's number of days before that
 * step's deadline, and once more when it has passed. One reminder per person, step and kind lists every region
 * waiting for them.
 */
public final class ReminderPlan {

    private ReminderPlan() {}

    /**
     * A region's questionnaire as it stands, with the people assigned to it and the leads of its country who approve
     * before the coordinators (none without a country level).
     */
    public record Waiting(
            Region region,
            QuestionnaireState state,
            List<String> experts,
            List<String> reviewers,
            List<String> countryLeads) {

        public Waiting(Region region, QuestionnaireState state, List<String> experts, List<String> reviewers) {
            this(region, state, experts, reviewers, List.of());
        }
    }

    /** One reminder to one person: the step, before or after its deadline, and the regions concerned. */
    public record Reminder(
            String recipient, DeadlineStep step, ReminderKind kind, LocalDate deadline, List<Region> regions) {}

    /** The kind of reminder due on {@code today}, if any, for a deadline with reminders {@code daysBefore} ahead. */
    public static Optional<ReminderKind> kind(LocalDate today, LocalDate deadline, int daysBefore) {
        if (today.isAfter(deadline)) {
            return Optional.of(ReminderKind.OVERDUE);
        }
        return today.isBefore(deadline.minusDays(daysBefore)) ? Optional.empty() : Optional.of(ReminderKind.BEFORE);
    }

    /** The automatic reminders due on {@code today}: none in a closed cycle or one without reminders. */
    public static List<Reminder> due(
            Cycle cycle, Collection<Waiting> questionnaires, Collection<String> coordinators, LocalDate today) {
        if (!cycle.isOpen() || cycle.reminderDays().isEmpty()) {
            return List.of();
        }
        int daysBefore = cycle.reminderDays().get();
        return grouped(cycle, questionnaires, coordinators, step -> kind(today, cycle.deadlineFor(step), daysBefore));
    }

    /**
     * The reminders a coordinator sends by hand for one step: to everyone a questionnaire waits for at that step,
     * whatever the day, "overdue" once its deadline has passed.
     */
    public static List<Reminder> byHand(
            Cycle cycle,
            Collection<Waiting> questionnaires,
            Collection<String> coordinators,
            DeadlineStep step,
            LocalDate today) {
        return grouped(
                cycle,
                questionnaires,
                coordinators,
                s -> s != step
                        ? Optional.empty()
                        : Optional.of(
                                today.isAfter(cycle.deadlineFor(step)) ? ReminderKind.OVERDUE : ReminderKind.BEFORE));
    }

    private static List<Reminder> grouped(
            Cycle cycle,
            Collection<Waiting> questionnaires,
            Collection<String> coordinators,
            Function<DeadlineStep, Optional<ReminderKind>> kindOf) {
        record Key(String recipient, DeadlineStep step, ReminderKind kind) {}
        Map<Key, List<Region>> regions = new LinkedHashMap<>();
        for (Waiting waiting : questionnaires) {
            Optional<DeadlineStep> step = waiting.state().awaits();
            Optional<ReminderKind> kind = step.flatMap(kindOf);
            if (kind.isEmpty()) {
                continue;
            }
            for (String recipient : actors(step.get(), waiting, coordinators)) {
                regions.computeIfAbsent(new Key(recipient, step.get(), kind.get()), k -> new ArrayList<>())
                        .add(waiting.region());
            }
        }
        List<Reminder> reminders = new ArrayList<>();
        regions.forEach((key, of) -> reminders.add(
                new Reminder(key.recipient(), key.step(), key.kind(), cycle.deadlineFor(key.step()), List.copyOf(of))));
        return reminders;
    }

    private static Collection<String> actors(DeadlineStep step, Waiting waiting, Collection<String> coordinators) {
        return switch (step) {
            case SUBMISSION -> waiting.experts();
            case REVIEW -> waiting.reviewers();
            case APPROVAL ->
                waiting.state() == QuestionnaireState.REVIEWED
                                && !waiting.countryLeads().isEmpty()
                        ? waiting.countryLeads()
                        : coordinators;
        };
    }
}
