package org.regindex.release.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.regindex.platform.control.Database;
import org.regindex.release.entity.ReleaseContent;

/**
 * Writes a release's content in batches and reads it back, with plain JDBC: a release of every EU region
 * holds some 100,000 rows, written once and never changed. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ReleaseStore {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    public void write(long releaseId, ReleaseContent content) {
        try (Connection db = dataSource.getConnection()) {
            batch(
                    db,
                    "insert into rel_axis (release_id, code, label, position) values (?, ?, ?, ?)",
                    content.axes(),
                    (axis, i) -> new Object[] {releaseId, axis.code(), axis.label(), i});
            List<Object[]> categories = new ArrayList<>();
            content.axes()
                    .forEach(axis -> axis.categories()
                            .forEach(c -> categories.add(new Object[] {
                                releaseId,
                                axis.code(),
                                c.code(),
                                c.label(),
                                axis.categories().indexOf(c)
                            })));
            batch(
                    db,
                    "insert into rel_category (release_id, axis_code, code, label, position) values (?, ?, ?, ?, ?)",
                    categories,
                    (values, i) -> values);
            batch(
                    db,
                    "insert into rel_indicator (release_id, code, position, question, guidance, not_applicable_allowed)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    content.indicators(),
                    (ind, i) -> new Object[] {
                        releaseId, ind.code(), i, ind.question(), ind.guidance(), ind.notApplicableAllowed()
                    });
            List<Object[]> classifications = new ArrayList<>();
            List<Object[]> options = new ArrayList<>();
            for (ReleaseContent.Indicator indicator : content.indicators()) {
                indicator
                        .categoryByAxis()
                        .forEach((axis, category) ->
                                classifications.add(new Object[] {releaseId, indicator.code(), axis, category}));
                for (int o = 0; o < indicator.options().size(); o++) {
                    ReleaseContent.Option option = indicator.options().get(o);
                    options.add(
                            new Object[] {releaseId, indicator.code(), option.code(), option.label(), option.score(), o
                            });
                }
            }
            batch(
                    db,
                    "insert into rel_classification (release_id, indicator_code, axis_code, category_code) values (?, ?, ?, ?)",
                    classifications,
                    (values, i) -> values);
            batch(
                    db,
                    "insert into rel_option (release_id, indicator_code, code, label, score, position) values (?, ?, ?, ?, ?, ?)",
                    options,
                    (values, i) -> values);
            batch(
                    db,
                    "insert into rel_region (release_id, code, name, country_code) values (?, ?, ?, ?)",
                    content.regions(),
                    (r, i) -> new Object[] {releaseId, r.code(), r.name(), r.countryCode()});
            batch(
                    db,
                    "insert into rel_answer (release_id, region_code, indicator_code, option_code, not_applicable,"
                            + " not_applicable_reason, justification, score, confidence)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    content.answers(),
                    (a, i) -> new Object[] {
                        releaseId,
                        a.region(),
                        a.indicator(),
                        a.optionCode(),
                        a.notApplicable(),
                        a.notApplicableReason(),
                        a.justification(),
                        a.score(),
                        a.confidence() == null ? null : a.confidence().toUpperCase(Locale.ROOT)
                    });
            List<Object[]> sources = new ArrayList<>();
            content.answers().forEach(a -> {
                for (int s = 0; s < a.sources().size(); s++) {
                    sources.add(new Object[] {
                        releaseId,
                        a.region(),
                        a.indicator(),
                        s,
                        a.sources().get(s).citation(),
                        a.sources().get(s).url()
                    });
                }
            });
            batch(
                    db,
                    "insert into rel_source (release_id, region_code, indicator_code, position, citation, url) values (?, ?, ?, ?, ?, ?)",
                    sources,
                    (values, i) -> values);
            List<Object[]> replies = new ArrayList<>();
            Map<String, Integer> positions = new HashMap<>();
            content.replies()
                    .forEach(reply -> replies.add(new Object[] {
                        releaseId,
                        reply.region(),
                        reply.indicator(),
                        positions.merge(reply.region() + "/" + reply.indicator(), 1, Integer::sum) - 1,
                        reply.capacity().toUpperCase(Locale.ROOT),
                        reply.postedOn(),
                        reply.text()
                    }));
            batch(
                    db,
                    "insert into rel_reply (release_id, region_code, indicator_code, position, capacity, posted_on, body)"
                            + " values (?, ?, ?, ?, ?, ?, ?)",
                    replies,
                    (values, i) -> values);
            Map<String, Integer> filePositions = new HashMap<>();
            batch(
                    db,
                    "insert into rel_evidence (release_id, region_code, indicator_code, position, file_name, media_type,"
                            + " size, sha256) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    content.evidence(),
                    (e, i) -> new Object[] {
                        releaseId,
                        e.region(),
                        e.indicator(),
                        filePositions.merge(e.region() + "/" + e.indicator(), 1, Integer::sum) - 1,
                        e.name(),
                        e.mediaType(),
                        e.size(),
                        e.sha256()
                    });
            FrozenTranslations.write(db, releaseId, content.translations());
            batch(
                    db,
                    "insert into rel_score (release_id, region_code, axis_code, category_code, score, answered, total)"
                            + " values (?, ?, ?, ?, ?, ?, ?)",
                    content.scores(),
                    (s, i) -> new Object[] {
                        releaseId, s.region(), s.axis(), s.category(), s.value(), s.answered(), s.total()
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("Writing release content failed", e);
        }
    }

    public ReleaseContent read(long releaseId, ReleaseContent.Header header) {
        try (Connection db = dataSource.getConnection()) {
            Map<String, List<ReleaseContent.Category>> categories = new LinkedHashMap<>();
            query(
                    db,
                    "select axis_code, code, label from rel_category where release_id = ? order by axis_code, position",
                    releaseId,
                    rs -> categories
                            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ReleaseContent.Category(rs.getString(2), rs.getString(3))));
            List<ReleaseContent.Axis> axes = new ArrayList<>();
            query(
                    db,
                    "select code, label from rel_axis where release_id = ? order by position",
                    releaseId,
                    rs -> axes.add(new ReleaseContent.Axis(
                            rs.getString(1), rs.getString(2), categories.getOrDefault(rs.getString(1), List.of()))));
            Map<String, Map<String, String>> classification = new HashMap<>();
            query(
                    db,
                    "select indicator_code, axis_code, category_code from rel_classification where release_id = ?",
                    releaseId,
                    rs -> classification
                            .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getString(3)));
            Map<String, List<ReleaseContent.Option>> options = new HashMap<>();
            query(
                    db,
                    "select indicator_code, code, label, score from rel_option where release_id = ? order by indicator_code, position",
                    releaseId,
                    rs -> options.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ReleaseContent.Option(rs.getString(2), rs.getString(3), rs.getInt(4))));
            List<ReleaseContent.Indicator> indicators = new ArrayList<>();
            query(
                    db,
                    "select code, question, guidance, not_applicable_allowed from rel_indicator where release_id = ? order by position",
                    releaseId,
                    rs -> indicators.add(new ReleaseContent.Indicator(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getBoolean(4),
                            classification.get(rs.getString(1)),
                            options.get(rs.getString(1)))));
            List<ReleaseContent.Region> regions = new ArrayList<>();
            query(
                    db,
                    "select code, name, country_code from rel_region where release_id = ?",
                    releaseId,
                    rs -> regions.add(new ReleaseContent.Region(rs.getString(1), rs.getString(2), rs.getString(3))));
            Map<String, List<ReleaseContent.Source>> sources = new HashMap<>();
            query(
                    db,
                    "select region_code, indicator_code, citation, url from rel_source where release_id = ?"
                            + " order by region_code, indicator_code, position",
                    releaseId,
                    rs -> sources.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new ArrayList<>())
                            .add(new ReleaseContent.Source(rs.getString(3), rs.getString(4))));
            List<ReleaseContent.Answer> answers = new ArrayList<>();
            query(
                    db,
                    "select region_code, indicator_code, option_code, not_applicable, not_applicable_reason, justification,"
                            + " score, confidence from rel_answer where release_id = ?",
                    releaseId,
                    rs -> answers.add(new ReleaseContent.Answer(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getBoolean(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getObject(7, Integer.class),
                            sources.getOrDefault(rs.getString(1) + "/" + rs.getString(2), List.of()),
                            rs.getString(8) == null ? null : rs.getString(8).toLowerCase(Locale.ROOT))));
            List<ReleaseContent.Score> scores = new ArrayList<>();
            query(
                    db,
                    "select region_code, axis_code, category_code, score, answered, total from rel_score where release_id = ?",
                    releaseId,
                    rs -> scores.add(new ReleaseContent.Score(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getBigDecimal(4),
                            rs.getInt(5),
                            rs.getInt(6))));
            List<ReleaseContent.Evidence> evidence = new ArrayList<>();
            query(
                    db,
                    "select region_code, indicator_code, file_name, media_type, size, sha256 from rel_evidence"
                            + " where release_id = ? order by region_code, indicator_code, position",
                    releaseId,
                    rs -> evidence.add(new ReleaseContent.Evidence(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getLong(5),
                            rs.getString(6))));
            List<ReleaseContent.Reply> replies = new ArrayList<>();
            query(
                    db,
                    "select region_code, indicator_code, capacity, posted_on, body from rel_reply where release_id = ?"
                            + " order by region_code, indicator_code, position",
                    releaseId,
                    rs -> replies.add(new ReleaseContent.Reply(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3).toLowerCase(Locale.ROOT),
                            rs.getObject(4, LocalDate.class),
                            rs.getString(5))));
            return new ReleaseContent(
                            header,
                            axes,
                            indicators,
                            regions,
                            answers,
                            scores,
                            FrozenTranslations.read(db, releaseId),
                            replies,
                            evidence)
                    .normalized();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading release content failed", e);
        }
    }

    @FunctionalInterface
    interface Binder<T> {
        Object[] values(T item, int index);
    }

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Inserts the items with multi-row INSERT statements of up to {@value #ROWS_PER_STATEMENT} rows: for
     * tens of thousands of rows, far fewer round trips than one statement per row.
     */
    static <T> void batch(Connection db, String sql, List<T> items, Binder<T> binder) throws SQLException {
        int values = sql.indexOf(" values ");
        String head = sql.substring(0, values + " values ".length());
        String group = sql.substring(values + " values ".length());
        int columns = (int) group.chars().filter(c -> c == '?').count();
        for (int from = 0; from < items.size(); from += ROWS_PER_STATEMENT) {
            int rows = Math.min(ROWS_PER_STATEMENT, items.size() - from);
            try (PreparedStatement statement =
                    db.prepareStatement(head + String.join(",", Collections.nCopies(rows, group)))) {
                for (int i = 0; i < rows; i++) {
                    set(statement, i * columns, binder.values(items.get(from + i), from + i));
                }
                statement.executeUpdate();
            }
        }
    }

    private static final int ROWS_PER_STATEMENT = 500;

    static void query(Connection db, String sql, long releaseId, RowReader reader) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, releaseId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    private static void set(PreparedStatement row, int offset, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                row.setNull(offset + i + 1, Types.NULL);
            } else {
                row.setObject(offset + i + 1, values[i]);
            }
        }
    }
}
