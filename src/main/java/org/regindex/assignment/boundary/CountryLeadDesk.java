package org.regindex.assignment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.regindex.assignment.control.CountryLeads;
import org.regindex.assignment.entity.Assignment;
import org.regindex.assignment.entity.AssignmentEvent;
import org.regindex.assignment.entity.CountryLead;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.entity.Cycle;
import org.regindex.identity.control.Caller;
import org.regindex.identity.control.RealmUsers;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;

/** Coordinators say who leads which country of a cycle (what a lead may do there: the cycle's country level). */
@ApplicationScoped
@Transactional
public class CountryLeadDesk {

    @Inject
    Caller caller;

    @Inject
    Cycles cycles;

    @Inject
    CountryLeads leads;

    @Inject
    RealmUsers realm;

    @Inject
    AuditTrail audit;

    public List<CountryLead> leads(String code) {
        caller.require(Role.COORDINATOR);
        return leads.of(cycles.byCode(code));
    }

    /** Appoints a person whom the sign-in realm knows; while Keycloak cannot say, nobody is appointed (503). */
    public CountryLead appoint(String code, String countryCode, String username) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = cycles.byCode(code);
        Assignment.requireUsername(username);
        realm.requireKnown(username);
        CountryLead lead = leads.appoint(cycle, countryCode, username);
        record(AssignmentEvent.COUNTRY_LEAD_APPOINTED, lead, null, describe(lead));
        return lead;
    }

    public void remove(String code, String countryCode, String username) {
        caller.require(Role.COORDINATOR);
        Cycle cycle = cycles.byCode(code);
        leads.remove(cycle, countryCode, username);
        CountryLead removed = new CountryLead(cycle, countryCode, username);
        record(AssignmentEvent.COUNTRY_LEAD_REMOVED, removed, describe(removed), null);
    }

    private void record(AssignmentEvent action, CountryLead lead, String before, String after) {
        audit.record(
                caller.actingAs(Role.COORDINATOR),
                action,
                new Subject(
                        "countryLead",
                        lead.countryCode() + "/" + lead.username(),
                        lead.cycle().code(),
                        null),
                before,
                after);
    }

    private static String describe(CountryLead lead) {
        return lead.username() + " as lead of " + lead.countryCode();
    }
}
