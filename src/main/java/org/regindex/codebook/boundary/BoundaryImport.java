package org.regindex.codebook.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.regindex.codebook.control.Boundaries;
import org.regindex.codebook.control.GeoJsonBoundaries;
import org.regindex.codebook.control.Regions;
import org.regindex.codebook.entity.BoundariesChanged;
import org.regindex.codebook.entity.CodebookEvent;
import org.regindex.codebook.entity.Region;
import org.regindex.codebook.entity.RegionBoundary;
import org.regindex.identity.control.Caller;
import org.regindex.identity.entity.Role;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;
import org.regindex.platform.entity.ImportProblem;
import org.regindex.platform.entity.InvalidImport;

/**
 * Region boundaries from a GeoJSON file, for the public maps; coordinators only, all or nothing. Each region the
 * file names gets the new outline; regions it does not name keep theirs. The audit event lists the regions with
 * their point counts before and after.
 */
@ApplicationScoped
@Transactional
public class BoundaryImport {

    @Inject
    Caller caller;

    @Inject
    Regions regions;

    @Inject
    Boundaries boundaries;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<BoundariesChanged> changed;

    /** What an import stored: regions and their point counts after simplification. */
    public record Imported(Map<String, Integer> points, String attribution) {}

    public Imported importFile(String fileName, byte[] file, String attribution) {
        caller.require(Role.COORDINATOR);
        String notice = checkedAttribution(fileName, attribution);
        Set<String> known = regions.all().stream().map(Region::code).collect(Collectors.toSet());
        List<GeoJsonBoundaries.Outline> outlines = GeoJsonBoundaries.read(fileName, file, known);
        Instant now = clock.instant();
        Map<String, Integer> before = new LinkedHashMap<>();
        Map<String, Integer> after = new LinkedHashMap<>();
        for (GeoJsonBoundaries.Outline outline : outlines) {
            Integer replaced = boundaries.replace(outline, notice, now);
            if (replaced != null) {
                before.put(outline.code(), replaced);
            }
            after.put(outline.code(), outline.points());
        }
        audit.record(
                caller.actingAs(Role.COORDINATOR),
                CodebookEvent.BOUNDARIES_IMPORTED,
                Subject.of("boundaries", fileName),
                before.isEmpty() ? null : Map.of("points", before),
                Map.of("points", after, "attribution", notice));
        changed.fire(new BoundariesChanged());
        return new Imported(after, notice);
    }

    /** Every stored boundary; coordinators only (the public sees them drawn on the maps). */
    public List<RegionBoundary> all() {
        caller.require(Role.COORDINATOR);
        return boundaries.all();
    }

    private static String checkedAttribution(String fileName, String attribution) {
        String notice = attribution == null ? "" : attribution.strip();
        if (notice.isEmpty()) {
            throw new InvalidImport(
                    ImportProblem.ofFile(
                            fileName,
                            "Say where the boundaries come from: the notice their source asks to show under every map (attribution)."));
        }
        if (notice.length() > RegionBoundary.ATTRIBUTION_MAX) {
            throw new InvalidImport(ImportProblem.ofFile(
                    fileName, "The attribution has at most " + RegionBoundary.ATTRIBUTION_MAX + " characters."));
        }
        return notice;
    }
}
