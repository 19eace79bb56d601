package org.regindex.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.regindex.assignment.control.Names;
import org.regindex.assignment.control.Participation;
import org.regindex.assignment.entity.Capacity;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.control.Regions;
import org.regindex.codebook.entity.Cycle;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.AuditEvent;
import org.regindex.platform.entity.Page;
import org.regindex.platform.entity.PageRequest;
import org.regindex.platform.entity.Table;

/** The audit trail as people may read it: a questionnaire's for those involved, a cycle's for coordinators. */
@RequestScoped
@Transactional
public class AuditLog {

    static final int LIMIT = 5000;

    /** One event as shown; {@code actor} is "Expert" or "Reviewer" where blind review hides the name. */
    public record Entry(
            Instant at,
            String actor,
            String role,
            String action,
            String subject,
            String region,
            String before,
            String after)
            implements Serializable {}

    /**
     * One event as the audit page shows it: the actor's username, or only their capacity where blind review
     * hides it from this viewer, and where it happened.
     */
    public record Line(
            Instant at,
            String actor,
            boolean hidden,
            Capacity capacity,
            String action,
            String subject,
            String cycle,
            String region,
            String before,
            String after)
            implements Serializable {}

    @Inject
    Caller caller;

    @Inject
    Participation participation;

    @Inject
    Cycles cycles;

    @Inject
    Regions regions;

    @Inject
    AuditTrail trail;

    /** One page of a questionnaire's events, newest first, for its expert, its reviewer and coordinators. */
    public Page<Entry> ofQuestionnaire(String cycleCode, String regionCode, PageRequest page) {
        Cycle cycle = cycles.byCode(cycleCode);
        Set<Capacity> viewer = participation.toRead(cycle, regions.byCode(regionCode));
        return page.page(
                        trail.ofCycle(cycleCode, regionCode, null, null, page.afterId(), page.fetch()),
                        AuditLog::sortKey)
                .map(e -> entry(e, cycle, viewer));
    }

    /** One page of a cycle's events, newest first, narrowed by region, person and action; coordinators. */
    public Page<Entry> ofCycle(String cycleCode, String regionCode, String person, String action, PageRequest page) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = cycles.byCode(cycleCode);
        return page.page(
                        trail.ofCycle(
                                cycleCode,
                                blankToNull(regionCode),
                                blankToNull(person),
                                blankToNull(action),
                                page.afterId(),
                                page.fetch()),
                        AuditLog::sortKey)
                .map(e -> entry(e, cycle, Set.of(Capacity.COORDINATOR)));
    }

    /** The newest events (up to 5000) of a questionnaire, as its page shows them. */
    public List<Line> linesOfQuestionnaire(String cycleCode, String regionCode) {
        Cycle cycle = cycles.byCode(cycleCode);
        Set<Capacity> viewer = participation.toRead(cycle, regions.byCode(regionCode));
        return trail.ofCycle(cycleCode, regionCode, null, null, LIMIT).stream()
                .map(e -> line(e, cycle, viewer))
                .toList();
    }

    /** The newest events (up to 5000) of a cycle, narrowed by region, person and action, as its page shows them. */
    public List<Line> linesOfCycle(String cycleCode, String regionCode, String person, String action) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = cycles.byCode(cycleCode);
        return trail
                .ofCycle(cycleCode, blankToNull(regionCode), blankToNull(person), blankToNull(action), LIMIT)
                .stream()
                .map(e -> line(e, cycle, Set.of(Capacity.COORDINATOR)))
                .toList();
    }

    /** The actions a cycle's trail holds, for the filter; coordinators. */
    public List<String> actionsOf(String cycleCode) {
        caller.require(Role.COORDINATOR);
        return trail.actionsOf(cycles.byCode(cycleCode).code());
    }

    private static List<String> sortKey(AuditEvent event) {
        return List.of(event.id().toString());
    }

    /** The newest events of a cycle (up to 5000), for the CSV download and the page. */
    public List<Entry> ofCycle(String cycleCode, String regionCode, String person, String action) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = cycles.byCode(cycleCode);
        return trail
                .ofCycle(cycleCode, blankToNull(regionCode), blankToNull(person), blankToNull(action), LIMIT)
                .stream()
                .map(e -> entry(e, cycle, Set.of(Capacity.COORDINATOR)))
                .toList();
    }

    public byte[] csv(List<Entry> entries) {
        return Spreadsheets.writeCsv(new Table(
                "audit",
                List.of("at", "actor", "role", "action", "subject", "region", "before", "after"),
                entries.stream()
                        .map(e -> List.<Object>of(
                                e.at().toString(),
                                e.actor(),
                                e.role(),
                                e.action(),
                                e.subject(),
                                e.region() == null ? "" : e.region(),
                                e.before() == null ? "" : e.before(),
                                e.after() == null ? "" : e.after()))
                        .toList()));
    }

    private Entry entry(AuditEvent event, Cycle cycle, Set<Capacity> viewer) {
        Capacity role = capacity(event);
        return new Entry(
                event.occurredAt(),
                Names.shown(event.actor(), role, cycle, viewer, caller.username()),
                event.actorRole(),
                event.action(),
                event.subject(),
                event.regionCode(),
                event.before(),
                event.after());
    }

    private Line line(AuditEvent event, Cycle cycle, Set<Capacity> viewer) {
        Capacity role = capacity(event);
        boolean hidden = Names.hidden(event.actor(), role, cycle, viewer, caller.username());
        return new Line(
                event.occurredAt(),
                hidden ? "" : event.actor(),
                hidden,
                role,
                event.action(),
                event.subject(),
                event.cycleCode(),
                event.regionCode(),
                event.before(),
                event.after());
    }

    private static Capacity capacity(AuditEvent event) {
        return switch (event.actorRole()) {
            case "expert" -> Capacity.EXPERT;
            case "reviewer" -> Capacity.REVIEWER;
            default -> Capacity.COORDINATOR;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
