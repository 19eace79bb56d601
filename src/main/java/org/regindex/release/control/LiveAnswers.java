package org.regindex.release.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.regindex.platform.control.Database;
import org.regindex.release.entity.ReleaseContent;

/**
 * What a freeze reads of the live questionnaires: their states, and the answers of the APPROVED ones
 * in two queries however many there are. It reads through views that the schema's owner defines
 * (db/migration/V7), never the questionnaire tables themselves.
 */
@ApplicationScoped
public class LiveAnswers {

    /** One stored answer, as freezing copies it. */
    public record Row(
            String region,
            String indicator,
            String optionCode,
            boolean notApplicable,
            String notApplicableReason,
            String justification,
            String confidence,
            List<String[]> sources) {}

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    public static final String STATES = "select region_code, state from questionnaire_standing where cycle_id = ?";
    public static final String ANSWERS = "select answer_id, region_code, indicator_code, option_code, not_applicable,"
            + " not_applicable_reason, justification, confidence from approved_answer where cycle_id = ?";
    public static final String SOURCES =
            "select answer_id, citation, url from approved_answer_source where cycle_id = ?"
                    + " order by answer_id, position";
    public static final String REPLIES = "select region_code, indicator_code, capacity, created_at, body"
            + " from approved_answer_reply where cycle_id = ? order by comment_id";

    public static final String EVIDENCE = "select region_code, indicator_code, file_name, media_type, size, sha256"
            + " from approved_answer_evidence where cycle_id = ? order by evidence_id";

    /** The state of a questionnaire that nobody has written to yet, and so has no row. */
    public static final String NOT_STARTED = "NOT_STARTED";

    public static final String APPROVED = "APPROVED";

    /** Each region's questionnaire state by region code; regions whose questionnaire has no row are missing. */
    public Map<String, String> states(long cycleId) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement statement = db.prepareStatement(STATES)) {
            statement.setLong(1, cycleId);
            Map<String, String> states = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getString(1), rs.getString(2));
                }
            }
            return states;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading questionnaire states failed", e);
        }
    }

    /**
     * The right of reply on the approved answers of the regions, in the order it was written: named by capacity,
     * dated by the day in UTC.
     */
    public List<ReleaseContent.Reply> replies(long cycleId, Set<String> regionCodes) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement statement = db.prepareStatement(REPLIES)) {
            statement.setLong(1, cycleId);
            List<ReleaseContent.Reply> replies = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (regionCodes.contains(rs.getString(1))) {
                        replies.add(new ReleaseContent.Reply(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3).toLowerCase(Locale.ROOT),
                                rs.getTimestamp(4)
                                        .toInstant()
                                        .atOffset(ZoneOffset.UTC)
                                        .toLocalDate(),
                                rs.getString(5)));
                    }
                }
            }
            return replies;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the right of reply failed", e);
        }
    }

    /** The evidence files of the regions' approved answers, in the order they were attached. */
    public List<ReleaseContent.Evidence> evidence(long cycleId, Set<String> regionCodes) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement statement = db.prepareStatement(EVIDENCE)) {
            statement.setLong(1, cycleId);
            List<ReleaseContent.Evidence> files = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (regionCodes.contains(rs.getString(1))) {
                        files.add(new ReleaseContent.Evidence(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getLong(5),
                                rs.getString(6)));
                    }
                }
            }
            return files;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the evidence files failed", e);
        }
    }

    public List<Row> approved(long cycleId, Set<String> regionCodes) {
        String sql = ANSWERS;
        String sourcesSql = SOURCES;
        try (Connection db = dataSource.getConnection()) {
            Map<Long, List<String[]>> sources = new HashMap<>();
            try (PreparedStatement statement = db.prepareStatement(sourcesSql)) {
                statement.setLong(1, cycleId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setLong(1, cycleId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        if (regionCodes.contains(rs.getString(2))) {
                            rows.add(new Row(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getBoolean(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8) == null
                                            ? null
                                            : rs.getString(8).toLowerCase(Locale.ROOT),
                                    sources.getOrDefault(rs.getLong(1), List.of())));
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
