package org.regindex.platform.control;

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
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.regindex.platform.entity.ConstraintSentence;
import org.regindex.platform.entity.ConstraintSentence.Violation;
import org.regindex.platform.entity.Refusal;

/**
 * The one place where a broken unique or foreign key becomes a refusal: the sentence the schema keeps for
 * the constraint (table {@code constraint_sentence}, read once), with the duplicate value. A failure that no
 * constraint caused is not one.
 */
@ApplicationScoped
public class ConstraintSentences {

    private static final Logger LOG = Logger.getLogger(ConstraintSentences.class.getName());
    static final String SELECT =
            "select constraint_name, table_name, violation, status, sentence from constraint_sentence";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private volatile Map<String, ConstraintSentence> sentences;

    /** The refusal that says what this failure broke, if a unique or foreign key refused it. */
    public Optional<Refusal> refusal(Throwable failure) {
        return IntegrityViolation.in(failure).map(violation -> {
            ConstraintSentence sentence = find(sentences(), violation);
            LOG.info(() -> "Refused by " + violation.constraint()
                    + (violation.table() == null ? "" : " of " + violation.table()) + ": " + violation.violation());
            return sentence.refusal(violation.value());
        });
    }

    static ConstraintSentence find(Map<String, ConstraintSentence> sentences, IntegrityViolation violation) {
        ConstraintSentence found = sentences.get(key(violation.constraint(), violation.table(), violation.violation()));
        return found != null
                ? found
                : ConstraintSentence.unknown(violation.constraint(), violation.table(), violation.violation());
    }

    /** A primary key is named by its table, every other constraint by its own (schema-wide) name. */
    static String key(String constraint, String table, Violation violation) {
        return constraint + "|" + (IntegrityViolation.PRIMARY.equals(constraint) ? table : "") + "|" + violation;
    }

    static Map<String, ConstraintSentence> index(List<ConstraintSentence> rows) {
        Map<String, ConstraintSentence> index = new HashMap<>();
        rows.forEach(row -> index.put(key(row.constraint(), row.table(), row.violation()), row));
        return index;
    }

    private Map<String, ConstraintSentence> sentences() {
        Map<String, ConstraintSentence> read = sentences;
        if (read != null) {
            return read;
        }
        List<ConstraintSentence> rows = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement(SELECT);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rows.add(new ConstraintSentence(
                        row.getString(1),
                        row.getString(2),
                        Violation.valueOf(row.getString(3)),
                        row.getInt(4),
                        row.getString(5)));
            }
        } catch (SQLException e) {
            LOG.warning("Constraint sentences unreadable, answering general ones this time: " + e);
            return Map.of();
        }
        read = index(rows);
        sentences = read;
        return read;
    }
}
