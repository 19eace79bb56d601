package org.regindex.codebook.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regindex.codebook.control.Codebooks;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.control.Regions;
import org.regindex.codebook.control.StaleCycle;
import org.regindex.codebook.entity.CodebookEvent;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.codebook.entity.StepSchedule;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Party;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;

/** Coordinators set up rounds: cycles and the regions in them (who works on each: assignment.boundary.CycleTeams). */
@ApplicationScoped
@Transactional
public class CycleAdministration {

    @Inject
    Caller caller;

    @Inject
    Cycles cycles;

    @Inject
    Codebooks codebooks;

    @Inject
    Regions regions;

    @Inject
    AuditTrail audit;

    public List<Cycle> list() {
        caller.require(Role.COORDINATOR);
        return cycles.all();
    }

    public Cycle find(String code) {
        caller.require(Role.COORDINATOR);
        return cycles.byCode(code);
    }

    public Cycle create(
            String code,
            String name,
            String codebookCode,
            int codebookVersion,
            LocalDate deadline,
            List<String> regionCodes) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = new Cycle(code, name, codebooks.version(codebookCode, codebookVersion), deadline);
        for (String regionCode : regionCodes) {
            cycle.include(regions.byCode(regionCode));
        }
        cycles.add(cycle);
        record(CodebookEvent.CYCLE_CREATED, cycle, null, snapshot(cycle));
        return cycle;
    }

    /**
     * Renames, moves the deadline and sets blind review and the country level (each unchanged when null) and the other steps' deadlines and
     * reminders (unchanged when null), if nobody changed the cycle since {@code readVersion}.
     */
    public Cycle update(
            String code,
            int readVersion,
            String name,
            LocalDate deadline,
            Boolean blindReview,
            Boolean countryLevel,
            StepSchedule schedule) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = current(code, readVersion);
        Map<String, Object> before = snapshot(cycle);
        cycle.rename(name);
        StepSchedule steps = schedule == null ? StepSchedule.of(cycle) : schedule;
        cycle.schedule(deadline, steps.reviewDeadline(), steps.approvalDeadline());
        cycle.remindDaysBefore(steps.reminderDaysBefore());
        cycle.giveRightOfReplyUntil(steps.replyDeadline());
        if (blindReview != null) {
            cycle.reviewBlind(blindReview);
        }
        if (countryLevel != null) {
            cycle.approveByCountryFirst(countryLevel);
        }
        record(CodebookEvent.CYCLE_CHANGED, cycle, before, snapshot(cycle));
        return cycle;
    }

    /** Opening an open cycle (or closing a closed one) changes nothing and is not an error. */
    public Cycle setOpen(String code, boolean open) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = cycles.byCode(code);
        if (cycle.isOpen() != open) {
            Map<String, Object> before = snapshot(cycle);
            if (open) {
                cycle.open();
            } else {
                cycle.close();
            }
            record(open ? CodebookEvent.CYCLE_OPENED : CodebookEvent.CYCLE_CLOSED, cycle, before, snapshot(cycle));
        }
        return cycle;
    }

    /** Replaces the people and organisations the cycle's future releases credit as contributors. */
    public Cycle credit(String code, List<Party> contributors) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = cycles.byCode(code);
        List<Party> before = cycle.contributors();
        cycle.credit(contributors);
        if (!before.equals(cycle.contributors())) {
            record(CodebookEvent.CYCLE_CONTRIBUTORS_CHANGED, cycle, before, cycle.contributors());
        }
        return cycle;
    }

    public Cycle include(String code, String regionCode) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = cycles.byCode(code);
        Region region = regions.byCode(regionCode);
        cycle.include(region);
        audit.record(
                caller.actingAs(Role.COORDINATOR),
                CodebookEvent.CYCLE_REGION_ADDED,
                new Subject("cycle", code, code, regionCode),
                null,
                Map.of("region", regionCode));
        return cycle;
    }

    private Cycle current(String code, int readVersion) {
        Cycle cycle = cycles.byCode(code);
        if (cycle.rowVersion() != readVersion) {
            throw new StaleCycle(cycle);
        }
        return cycle;
    }

    private void record(CodebookEvent action, Cycle cycle, Object before, Object after) {
        audit.record(
                caller.actingAs(Role.COORDINATOR),
                action,
                new Subject("cycle", cycle.code(), cycle.code(), null),
                before,
                after);
    }

    private static Map<String, Object> snapshot(Cycle cycle) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", cycle.code());
        values.put("name", cycle.name());
        values.put("codebook", cycle.codebook().reference());
        values.put("deadline", cycle.deadline().toString());
        StepSchedule steps = StepSchedule.of(cycle);
        values.put(
                "reviewDeadline",
                steps.reviewDeadline() == null ? null : steps.reviewDeadline().toString());
        values.put(
                "approvalDeadline",
                steps.approvalDeadline() == null
                        ? null
                        : steps.approvalDeadline().toString());
        values.put("reminderDaysBefore", steps.reminderDaysBefore());
        values.put(
                "replyDeadline",
                steps.replyDeadline() == null ? null : steps.replyDeadline().toString());
        values.put("status", cycle.status().name());
        values.put("blindReview", cycle.blindReview());
        values.put("countryLevel", cycle.countryLevel());
        values.put("regions", cycle.regions().stream().map(Region::code).toList());
        return values;
    }
}
