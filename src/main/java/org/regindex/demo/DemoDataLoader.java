package org.regindex.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.assignment.control.Assignments;
import org.regindex.assignment.entity.AssignmentRole;
import org.regindex.codebook.boundary.RegionImport;
import org.regindex.codebook.control.Boundaries;
import org.regindex.codebook.control.CodebookLayout;
import org.regindex.codebook.control.Codebooks;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.control.GeoJsonBoundaries;
import org.regindex.codebook.control.RegionNames;
import org.regindex.codebook.control.Regions;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.control.AuditTrail;
import org.regindex.platform.control.AuditTrail.Subject;
import org.regindex.platform.control.Records;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.Actor;
import org.regindex.platform.entity.Grid;

/**
 * Fills an empty database with the demo round when {@code DEMO_DATA} is true (the run command sets
 * it; the default is off so that a production database never receives demo rows): the regions, the
 * reference codebook, a published release of an illustrative pilot round (DemoPilotRelease), and the open
 * cycle "Demo round" with two experts and two reviewers.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    static final String REFERENCE_CODEBOOK = "mipex-r";

    /**
     * The demo's boundaries are Eurostat GISCO's NUTS 2024 (1:60 million), whose terms allow non-commercial use
     * with this notice; they are demo data, under no release's licence.
     */
    static final String BOUNDARIES_NOTICE =
            "Boundaries: NUTS 2024, Eurostat GISCO. © EuroGeographics for the administrative boundaries.";

    @Inject
    @ConfigProperty(name = "demo.data")
    boolean enabled;

    @Inject
    Regions regions;

    @Inject
    Codebooks codebooks;

    @Inject
    Cycles cycles;

    @Inject
    Assignments assignments;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    DemoPilotRelease pilot;

    @Inject
    Boundaries boundaries;

    @PostConstruct
    void loadIfEmpty() {
        if (!enabled || regions.count() > 0) {
            return;
        }
        Grid regionFile = Spreadsheets.read("regions.csv", resource("/demo/regions.csv"), "regions");
        Map<Integer, Map<String, String>> names = RegionNames.read(regionFile, new ArrayList<>());
        for (Records.Row row : Records.read(regionFile, RegionImport.COLUMNS, RegionNames.COLUMNS)) {
            Region region = new Region(row.get("code"), row.get("name"), row.get("country"));
            names.getOrDefault(row.number(), Map.of()).forEach(region::name);
            regions.add(region);
        }
        Codebook codebook = codebooks.add(new Codebook(
                REFERENCE_CODEBOOK,
                1,
                "Regional integration governance (reference codebook)",
                CodebookLayout.read(Spreadsheets.read(
                        "reference-codebook.csv", resource("/reference/reference-codebook.csv"), CodebookLayout.SHEET)),
                clock.instant(),
                Actor.SYSTEM.username()));
        String published = pilot.publish(codebook, regions.all()).version();
        Cycle cycle =
                new Cycle("demo", "Demo round", codebook, LocalDate.now(clock).plusMonths(1));
        cycle.schedule(
                cycle.deadline(),
                cycle.deadline().plusWeeks(2),
                cycle.deadline().plusWeeks(4));
        cycle.remindDaysBefore(7);
        regions.all().forEach(cycle::include);
        cycles.add(cycle);
        for (Map.Entry<String, List<String>> region : Map.of(
                        "ES51", List.of("expert1", "reviewer1"), "ITF3", List.of("expert2", "reviewer2"))
                .entrySet()) {
            Region assigned = regions.byCode(region.getKey());
            assignments.assign(cycle, assigned, region.getValue().get(0), AssignmentRole.EXPERT);
            assignments.assign(cycle, assigned, region.getValue().get(1), AssignmentRole.REVIEWER);
        }
        Set<String> codes = regions.all().stream().map(Region::code).collect(Collectors.toSet());
        GeoJsonBoundaries.read("boundaries.geojson", resource("/demo/boundaries.geojson"), codes)
                .forEach(outline -> boundaries.replace(outline, BOUNDARIES_NOTICE, clock.instant()));
        audit.record(
                Actor.SYSTEM,
                DemoEvent.DEMO_DATA_LOADED,
                Subject.of("cycle", cycle.code()),
                null,
                Map.of(
                        "regions",
                        regions.count(),
                        "codebook",
                        codebook.reference(),
                        "cycle",
                        cycle.code(),
                        "release",
                        published));
        LOG.info(() -> "Demo data loaded: " + regions.count() + " regions, codebook " + codebook.reference() + " with "
                + codebook.indicators().size() + " indicators, cycle " + cycle.code() + ", published release "
                + published
                + " of the illustrative " + DemoPilotRelease.CYCLE);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
