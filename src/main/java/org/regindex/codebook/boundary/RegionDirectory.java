package org.regindex.codebook.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regindex.codebook.control.Regions;
import org.regindex.codebook.entity.CodebookEvent;
import org.regindex.codebook.entity.Region;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;
import org.regindex.platform.entity.Page;
import org.regindex.platform.entity.PageRequest;

/** The regions that cycles can cover; coordinators only. */
@ApplicationScoped
@Transactional
public class RegionDirectory {

    @Inject
    Caller caller;

    @Inject
    Regions regions;

    @Inject
    AuditTrail audit;

    public List<Region> list() {
        caller.require(Role.COORDINATOR);
        return regions.all();
    }

    public Page<Region> list(PageRequest page) {
        caller.require(Role.COORDINATOR);
        return regions.page(page);
    }

    public Region find(String code) {
        caller.require(Role.COORDINATOR);
        return regions.byCode(code);
    }

    public Region add(String code, String name, String countryCode) {
        return add(code, name, countryCode, Map.of());
    }

    /** A new region with its names in other languages ({@code de} → {@code Katalonien}). */
    public Region add(String code, String name, String countryCode, Map<String, String> names) {
        caller.require(Role.COORDINATOR);
        Region region = new Region(code, name, countryCode);
        names.forEach(region::name);
        regions.add(region);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", region.code());
        after.put("name", region.name());
        after.put("country", region.countryCode());
        if (!region.names().isEmpty()) {
            after.put("names", region.names());
        }
        audit.record(
                caller.actingAs(Role.COORDINATOR),
                CodebookEvent.REGION_ADDED,
                Subject.of("region", region.code()),
                null,
                after);
        return region;
    }
}
