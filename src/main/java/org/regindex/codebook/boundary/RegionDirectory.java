package org.regindex.codebook.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.regindex.codebook.control.Regions;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;

/** Who may read and change the list of regions. */
@ApplicationScoped
@Transactional
public class RegionDirectory {

    @Inject
    Caller caller;

    @Inject
    Regions regions;

    public List<Region> list() {
        caller.requireSignedIn();
        return regions.all();
    }

    public Region find(String code) {
        caller.requireSignedIn();
        return regions.byCode(code);
    }

    public Region add(String code, String name, String countryCode) {
        caller.require(Role.COORDINATOR);
        return regions.add(new Region(code, name, countryCode));
    }
}
