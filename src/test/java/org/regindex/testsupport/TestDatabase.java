package org.regindex.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct SQL on the build's MariaDB, to see what the application stored (or did not). */
public final class TestDatabase {

    private TestDatabase() {}

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestEnvironment.databaseUrl(), "root", "");
    }

    public static long count(String sql, Object... parameters) {
        try (Connection db = connect();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as text. */
    public static String text(String sql, Object... parameters) {
        try (Connection db = connect();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no row: " + sql);
                }
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows in the tables that hold codebooks, cycles and assignments: unchanged by a refused import. */
    public static String codebookRowCounts() {
        return count("select count(*) from codebook") + "/" + count("select count(*) from indicator") + "/"
                + count("select count(*) from answer_option") + "/" + count("select count(*) from indicator_category")
                + "/"
                + count("select count(*) from region") + "/" + count("select count(*) from assignment");
    }

    /** Every table's live checksum and row count: equal before and after means nothing was stored. */
    public static String contentFingerprint() {
        StringBuilder fingerprint = new StringBuilder();
        try (Connection db = connect();
                PreparedStatement tables = db.prepareStatement(
                        "select table_name from information_schema.tables where table_schema = database()"
                                + " and table_type = 'BASE TABLE' order by table_name");
                ResultSet names = tables.executeQuery()) {
            while (names.next()) {
                String table = names.getString(1);
                try (PreparedStatement checksum = db.prepareStatement("checksum table `" + table + "` extended");
                        ResultSet row = checksum.executeQuery()) {
                    row.next();
                    fingerprint
                            .append(table)
                            .append('=')
                            .append(row.getString(2))
                            .append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return fingerprint.toString();
    }
}
