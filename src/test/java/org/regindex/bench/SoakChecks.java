package org.regindex.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@link Soak} prints and checks: figures per kind of request, then the database against the acknowledgements. */
final class SoakChecks {

    /** 5xx are allowed from the database's stop until this long after it is ready again. */
    static final long GRACE_MS = 15_000;

    private SoakChecks() {}

    /** The cycle's regions (those with an expert) and its codebook's indicators. */
    static Map<String, List<String>> regionsAndIndicators(String url, String user, String password, String cycle)
            throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            List<String> indicators = column(
                    db,
                    "select i.code from cycle c join indicator i on i.codebook_id = c.codebook_id where c.code = ?"
                            + " order by i.position",
                    cycle);
            Map<String, List<String>> teams = new LinkedHashMap<>();
            for (String region : column(
                    db,
                    "select r.code from assignment a join cycle c on c.id = a.cycle_id join region r on r.id = a.region_id"
                            + " where c.code = ? and a.role = 'EXPERT' order by r.code",
                    cycle)) {
                teams.put(region, indicators);
            }
            return teams;
        }
    }

    /** Throughput, p95 per kind, errors by status; the number of 5xx outside the restart window. */
    static int report(Map<String, List<Soak.Sample>> byKind, double seconds, long[] restart) {
        long total = byKind.values().stream().mapToLong(List::size).sum();
        System.out.printf("%d requests in %.0f s: %.1f requests/s%n", total, seconds, total / seconds);
        System.out.println("| kind | requests | per s | p50 ms | p95 ms | max ms | answers by status |");
        System.out.println("|---|---|---|---|---|---|---|");
        int outside = 0;
        List<String> late = new ArrayList<>();
        for (Map.Entry<String, List<Soak.Sample>> kind : byKind.entrySet()) {
            long[] nanos = kind.getValue().stream()
                    .mapToLong(Soak.Sample::nanos)
                    .sorted()
                    .toArray();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Soak.Sample sample : kind.getValue()) {
                statuses.merge(sample.status(), 1, Integer::sum);
                boolean failed = sample.status() >= 500 || sample.status() < 0;
                boolean inWindow =
                        restart.length == 2 && sample.at() >= restart[0] && sample.at() <= restart[1] + GRACE_MS;
                if (failed && !inWindow) {
                    outside++;
                    if (late.size() < 5) {
                        late.add(kind.getKey() + " " + sample.status() + " at " + sample.at());
                    }
                }
            }
            System.out.printf(
                    "| %s | %d | %.2f | %.1f | %.1f | %.1f | %s |%n",
                    kind.getKey(),
                    nanos.length,
                    nanos.length / seconds,
                    percentile(nanos, 0.50),
                    percentile(nanos, 0.95),
                    nanos[nanos.length - 1] / 1e6,
                    statuses);
        }
        if (restart.length == 2) {
            System.out.printf(
                    "database down from %d to %d (%.1f s)%n",
                    restart[0], restart[1], (restart[1] - restart[0]) / 1000.0);
        }
        check(outside == 0, "no 5xx or unanswered request outside the restart window (" + outside + ") " + late);
        return outside == 0 ? 0 : 1;
    }

    static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static final Pattern SAVE = Pattern.compile("soak save #(\\d+)\\.");
    private static final Pattern COMMENT = Pattern.compile("soak comment #(\\d+)\\.");

    /** Every acknowledged write is in the database once, with one audit event. */
    static int verify(
            String url,
            String user,
            String password,
            String cycle,
            List<Soak.Ack> acks,
            Map<String, List<Soak.Sample>> byKind)
            throws SQLException {
        int failures = 0;
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            Map<String, Integer> saves = numbers(
                    column(
                            db,
                            "select after_value from audit_event where action = 'ANSWER_SAVED' and cycle_code = ?",
                            cycle),
                    SAVE);
            Map<String, Integer> comments = numbers(
                    column(
                            db,
                            "select k.body from review_comment k join review_thread t on t.id = k.thread_id"
                                    + " join questionnaire q on q.id = t.questionnaire_id join cycle c on c.id = q.cycle_id"
                                    + " where c.code = ?",
                            cycle),
                    COMMENT);
            Map<String, Integer> acknowledged = new HashMap<>();
            int missingSaves = 0;
            int missingComments = 0;
            for (Soak.Ack ack : acks) {
                acknowledged.merge(ack.kind() + " " + ack.key(), 1, Integer::sum);
                if (ack.kind().equals("save") && saves.getOrDefault(ack.detail(), 0) != 1) {
                    missingSaves++;
                }
                if (ack.kind().equals("comment") && comments.getOrDefault(ack.detail(), 0) != 1) {
                    missingComments++;
                }
            }
            long savesAcked = acks.stream().filter(a -> a.kind().equals("save")).count();
            failures += check(
                    missingSaves == 0,
                    savesAcked + " acknowledged saves, each once in the audit trail (" + missingSaves + " not)");
            failures +=
                    check(missingComments == 0, "acknowledged comments each stored once (" + missingComments + " not)");
            int wrongMoves = 0;
            int moves = 0;
            for (String[] move : new String[][] {
                {"submit", "QUESTIONNAIRE_SUBMIT"},
                {"accept", "QUESTIONNAIRE_ACCEPT"},
                {"approve", "QUESTIONNAIRE_APPROVE"},
                {"reopen", "QUESTIONNAIRE_REOPEN"}
            }) {
                long unanswered = byKind.getOrDefault(move[0], List.of()).stream()
                        .filter(s -> s.status() < 0 || s.status() >= 500)
                        .count();
                for (String region :
                        column(db, "select distinct region_code from audit_event where cycle_code = ?", cycle)) {
                    long events = count(
                            db,
                            "select count(*) from audit_event where action = ? and subject = ?",
                            move[1],
                            cycle + "/" + region);
                    int acked = acknowledged.getOrDefault(move[0] + " " + region, 0);
                    moves += acked;
                    if (events < acked || events > acked + unanswered) {
                        wrongMoves++;
                    }
                }
            }
            failures += check(
                    wrongMoves == 0,
                    moves + " acknowledged transitions, each one audit event (" + wrongMoves
                            + " regions and transitions differ)");
            int wrongReleases = 0;
            int releases = 0;
            for (Soak.Ack ack : acks) {
                if (ack.kind().equals("freeze") || ack.kind().equals("publish")) {
                    releases++;
                    String action = ack.kind().equals("freeze") ? "RELEASE_FROZEN" : "RELEASE_PUBLISHED";
                    boolean stored = count(db, "select count(*) from dataset_release where version = ?", ack.key()) == 1
                            && count(
                                            db,
                                            "select count(*) from audit_event where action = ? and subject = ?",
                                            action,
                                            ack.key())
                                    == 1;
                    if (!stored
                            || (ack.kind().equals("publish")
                                    && count(
                                                    db,
                                                    "select count(*) from dataset_release where version = ? and state = 'PUBLISHED'",
                                                    ack.key())
                                            != 1)) {
                        wrongReleases++;
                    }
                }
            }
            failures += check(
                    wrongReleases == 0,
                    releases + " acknowledged freezes and publications, each stored once with one" + " event ("
                            + wrongReleases + " not)");
        }
        return failures;
    }

    static int check(boolean condition, String what) {
        System.out.println((condition ? "  ok    " : "  FAIL  ") + what);
        return condition ? 0 : 1;
    }

    private static Map<String, Integer> numbers(List<String> texts, Pattern pattern) {
        Map<String, Integer> numbers = new HashMap<>();
        for (String text : texts) {
            Matcher number = pattern.matcher(text == null ? "" : text);
            if (number.find()) {
                numbers.merge(number.group(1), 1, Integer::sum);
            }
        }
        return numbers;
    }

    private static List<String> column(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private static long count(Connection db, String sql, Object... parameters) throws SQLException {
        return Long.parseLong(column(db, sql, parameters).get(0));
    }
}
