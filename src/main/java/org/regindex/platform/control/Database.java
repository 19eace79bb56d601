package org.regindex.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The one datasource. Its settings come from MicroProfile Config ({@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD}); defaults live in {@code META-INF/microprofile-config.properties}.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // While the database is down a request fails within seconds (503) instead of queueing for a minute.
        loginTimeout = 5,
        properties = {
            "fish.payara.max-wait-time-in-millis=10000",
            "fish.payara.is-connection-validation-required=true",
            // isValid() asks the server; meta-data passed connections the driver had already closed, so the
            // pool kept handing them out after the database came back.
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/regindex";

    private Database() {}
}
