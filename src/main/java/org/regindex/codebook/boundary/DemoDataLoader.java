package org.regindex.codebook.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.codebook.control.Regions;
import org.regindex.codebook.entity.Region;

/**
 * Fills an empty database with the demo round when {@code DEMO_DATA} is true (the run command sets
 * it; the default is off so that a production database never receives demo rows).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "demo.data")
    boolean enabled;

    @Inject
    Regions regions;

    @PostConstruct
    void loadIfEmpty() {
        if (!enabled || regions.count() > 0) {
            return;
        }
        int loaded = 0;
        for (String[] row : csvRows("/demo/regions.csv")) {
            regions.add(new Region(row[0], row[1], row[2]));
            loaded++;
        }
        LOG.info("Demo data loaded: " + loaded + " regions");
    }

    /** Rows of a simple comma-separated resource without quoting, header skipped. */
    private static Iterable<String[]> csvRows(String resource) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
