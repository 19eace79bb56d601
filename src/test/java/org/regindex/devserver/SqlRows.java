package org.regindex.devserver;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The rows of a query as text, to compare two databases value by value. */
final class SqlRows {

    private SqlRows() {}

    static List<List<String>> rows(Connection db, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.add(result.getString(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static List<String> column(Connection db, String sql) throws SQLException {
        return rows(db, sql).stream().map(row -> row.get(0)).toList();
    }
}
