package org.regindex.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. When the schema has an
 * owner of its own ({@code db.owner.user}), Flyway connects as that owner, so that the application's
 * account needs no right to alter tables or drop the triggers that keep audit events and releases
 * unchanged.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    @Inject
    @ConfigProperty(name = "db.owner.user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "db.owner.password")
    Optional<String> ownerPassword;

    @PostConstruct
    void migrate() {
        FluentConfiguration flyway = Flyway.configure(getClass().getClassLoader());
        if (ownerUser.isPresent()) {
            flyway.dataSource(url, ownerUser.get(), ownerPassword.orElse(""));
        } else {
            flyway.dataSource(dataSource);
        }
        MigrateResult result = apply(flyway);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /**
     * Applies the migrations not yet applied. Instances starting at once take turns on Flyway's lock (on MariaDB a
     * named lock, {@code GET_LOCK}): each migration is applied once, by whichever start holds the lock, and every start
     * ends with the schema up to date.
     */
    public static MigrateResult apply(FluentConfiguration flyway) {
        return flyway.locations("classpath:db/migration").load().migrate();
    }
}
