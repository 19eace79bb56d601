package org.regindex.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark data, never demo data: fills every questionnaire of a cycle with complete answers (option,
 * justification, one or two sources) and sets them APPROVED, directly in the database, as if a whole
 * round had been entered, reviewed and approved. Arguments: JDBC URL, user, password, cycle code.
 */
public final class ScaleRound {

    private ScaleRound() {}

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            long cycleId;
            long codebookId;
            try (PreparedStatement cycle = db.prepareStatement("select id, codebook_id from cycle where code = ?")) {
                cycle.setString(1, args[3]);
                try (ResultSet rs = cycle.executeQuery()) {
                    rs.next();
                    cycleId = rs.getLong(1);
                    codebookId = rs.getLong(2);
                }
            }
            Map<Long, List<String>> optionsOf = new LinkedHashMap<>();
            try (Statement sql = db.createStatement();
                    ResultSet rs = sql.executeQuery(
                            "select i.id, o.code from indicator i join answer_option o on o.indicator_id = i.id where i.codebook_id = "
                                    + codebookId + " order by i.position, o.position")) {
                while (rs.next()) {
                    optionsOf
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                }
            }
            List<Long> regions = new ArrayList<>();
            try (Statement sql = db.createStatement();
                    ResultSet rs = sql.executeQuery(
                            "select region_id from cycle_region where cycle_id = " + cycleId + " order by region_id")) {
                while (rs.next()) {
                    regions.add(rs.getLong(1));
                }
            }
            Random random = new Random(42);
            Timestamp now = Timestamp.from(Instant.now());
            int answers = 0;
            try (PreparedStatement questionnaire = db.prepareStatement(
                            "insert into questionnaire (cycle_id, region_id, state, row_version) values (?, ?, 'APPROVED', 1)",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement answer = db.prepareStatement(
                            "insert into answer (questionnaire_id, indicator_id, option_code,"
                                    + " not_applicable, not_applicable_reason, justification, note, row_version, updated_at, updated_by)"
                                    + " values (?, ?, ?, false, '', ?, '', 1, ?, 'bench')",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement source =
                            db.prepareStatement("insert into answer_source (answer_id, position, citation, url)"
                                    + " values (?, ?, ?, ?)")) {
                for (long region : regions) {
                    questionnaire.setLong(1, cycleId);
                    questionnaire.setLong(2, region);
                    questionnaire.executeUpdate();
                    long questionnaireId;
                    try (ResultSet keys = questionnaire.getGeneratedKeys()) {
                        keys.next();
                        questionnaireId = keys.getLong(1);
                    }
                    for (Map.Entry<Long, List<String>> indicator : optionsOf.entrySet()) {
                        List<String> options = indicator.getValue();
                        answer.setLong(1, questionnaireId);
                        answer.setLong(2, indicator.getKey());
                        answer.setString(3, options.get(random.nextInt(options.size())));
                        answer.setString(
                                4,
                                "The regional programme of " + (2018 + random.nextInt(7)) + " documents this measure;"
                                        + " its annual report confirms it is in force and funded.");
                        answer.setTimestamp(5, now);
                        answer.addBatch();
                        answers++;
                    }
                    answer.executeBatch();
                    try (ResultSet keys = answer.getGeneratedKeys()) {
                        while (keys.next()) {
                            int count = 1 + random.nextInt(2);
                            for (int position = 0; position < count; position++) {
                                source.setLong(1, keys.getLong(1));
                                source.setInt(2, position);
                                source.setString(3, "Regional programme, annual report " + (2019 + position));
                                source.setString(
                                        4, "https://example.org/region/" + region + "/report-" + position + ".pdf");
                                source.addBatch();
                            }
                        }
                    }
                    source.executeBatch();
                }
            }
            db.commit();
            System.out.println(
                    "Approved " + regions.size() + " questionnaires with " + answers + " answers in cycle " + args[3]);
        }
    }
}
