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
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/regindex";

    private Database() {
    }
}
