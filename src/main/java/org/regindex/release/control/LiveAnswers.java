package org.regindex.release.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.regindex.platform.control.Database;

/** The answers of a cycle's APPROVED questionnaires, read in two queries however many there are. */
@ApplicationScoped
public class LiveAnswers {

    /** One stored answer, as freezing copies it. */
    public record Row(String region, String indicator, String optionCode, boolean notApplicable, String notApplicableReason,
            String justification, List<String[]> sources) {
    }

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    public List<Row> approved(long cycleId, Set<String> regionCodes) {
        String sql = "select a.id, r.code, i.code, a.option_code, a.not_applicable, a.not_applicable_reason, a.justification"
                + " from answer a join questionnaire q on q.id = a.questionnaire_id join region r on r.id = q.region_id"
                + " join indicator i on i.id = a.indicator_id where q.cycle_id = ? and q.state = 'APPROVED'";
        String sourcesSql = "select s.answer_id, s.citation, s.url from answer_source s join answer a on a.id = s.answer_id"
                + " join questionnaire q on q.id = a.questionnaire_id where q.cycle_id = ? and q.state = 'APPROVED'"
                + " order by s.answer_id, s.position";
        try (Connection db = dataSource.getConnection()) {
            Map<Long, List<String[]>> sources = new HashMap<>();
            try (PreparedStatement statement = db.prepareStatement(sourcesSql)) {
                statement.setLong(1, cycleId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setLong(1, cycleId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        if (regionCodes.contains(rs.getString(2))) {
                            rows.add(new Row(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6),
                                    rs.getString(7), sources.getOrDefault(rs.getLong(1), List.of())));
                        }
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading approved answers failed", e);
        }
    }
}
