package org.regindex.assignment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.regindex.assignment.entity.CountryLead;
import org.regindex.codebook.boundary.CycleBacking;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.boundary.PageTexts;

/** The cycle page's country leads: who leads which of the cycle's countries, appointed and removed here. */
@Named
@RequestScoped
public class CountryLeadsBacking {

    @Inject
    CycleBacking page;

    @Inject
    CountryLeadDesk desk;

    private String country;
    private String username;
    private List<CountryLead> leads;

    /** The countries the cycle has regions in, for the choice of whom a lead leads. */
    public List<String> getCountries() {
        return page.getCycle() == null
                ? List.of()
                : page.getCycle().regions().stream()
                        .map(Region::countryCode)
                        .distinct()
                        .sorted()
                        .toList();
    }

    public List<CountryLead> getLeads() {
        if (leads == null) {
            leads = page.getCycle() == null ? List.of() : desk.leads(page.getCode());
        }
        return leads;
    }

    public void appoint() {
        page.apply(() -> {
            desk.appoint(page.getCode(), country, username);
            String done = PageTexts.text("cycle.leads.appointed", username, country);
            username = null;
            leads = null;
            return done;
        });
    }

    public void remove(String countryCode, String person) {
        page.apply(() -> {
            desk.remove(page.getCode(), countryCode, person);
            leads = null;
            return PageTexts.text("cycle.leads.removed", person, countryCode);
        });
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
