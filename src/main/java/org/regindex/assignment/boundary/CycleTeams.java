package org.regindex.assignment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.regindex.assignment.control.Assignments;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentEvent;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.control.Regions;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;
import org.regindex.identity.control.RealmUsers;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;

/** Coordinators say who works on each region of a cycle, and take regions out of a cycle with their teams. */
@ApplicationScoped
@Transactional
public class CycleTeams {

    @Inject
    Caller caller;

    @Inject
    Cycles cycles;

    @Inject
    Regions regions;

    @Inject
    Assignments assignments;

    @Inject
    AuditTrail audit;

    @Inject
    RealmUsers realm;

    public List<Assignment> assignments(String code) {
        caller.require(Role.COORDINATOR);
        return assignments.of(cycles.byCode(code));
    }

    /** Assigns a person whom the sign-in realm knows; while Keycloak cannot say, nothing is assigned (503). */
    public Assignment assign(String code, String regionCode, String username, AssignmentRole role) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = cycles.byCode(code);
        Region region = regions.byCode(regionCode);
        Assignment.requireUsername(username);
        realm.requireKnown(username);
        Assignment assignment = assignments.assign(cycle, region, username, role);
        recordAssignment(AssignmentEvent.ASSIGNED, assignment, null, describe(assignment));
        return assignment;
    }

    public void unassign(String code, String regionCode, String username) {
        caller.require(Role.COORDINATOR);
        Assignment assignment = assignments.of(cycles.byCode(code), regions.byCode(regionCode), username);
        assignments.unassign(assignment);
        recordAssignment(AssignmentEvent.UNASSIGNED, assignment, describe(assignment), null);
    }

    /** Takes the region out of the cycle with its assignments, unless its questionnaire has begun. */
    public Cycle exclude(String code, String regionCode) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = cycles.byCode(code);
        Region region = regions.byCode(regionCode);
        List<String> people =
                assignments.of(cycle, region).stream().map(CycleTeams::describe).toList();
        assignments.removeAll(cycle, region);
        cycles.exclude(cycle, region);
        audit.record(
                caller.actingAs(Role.COORDINATOR),
                AssignmentEvent.CYCLE_REGION_REMOVED,
                new Subject("cycle", code, code, regionCode),
                Map.of("region", regionCode, "assignments", people),
                null);
        return cycle;
    }

    private void recordAssignment(AssignmentEvent action, Assignment assignment, String before, String after) {
        audit.record(
                caller.actingAs(Role.COORDINATOR),
                action,
                new Subject(
                        "assignment",
                        assignment.region().code() + "/" + assignment.username(),
                        assignment.cycle().code(),
                        assignment.region().code()),
                before,
                after);
    }

    static String describe(Assignment assignment) {
        return assignment.username() + " as " + assignment.role().label() + " of "
                + assignment.region().code();
    }
}
