package org.regindex.release.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.regindex.release.entity.ReleaseContent;
import org.regindex.release.entity.Scoring;

/** What differs between two releases: regions in or out, answers, scores and ranks, region by region. */
public final class ReleaseDiff {

    public record AnswerChange(String region, String indicator, String before, String after) {}

    public record ScoreChange(String region, String axis, String category, BigDecimal before, BigDecimal after) {}

    public record RankChange(String region, Integer before, Integer after) {}

    public record Diff(
            String from,
            String to,
            List<String> regionsAdded,
            List<String> regionsRemoved,
            List<AnswerChange> answers,
            List<ScoreChange> scores,
            List<RankChange> ranks) {

        public boolean isEmpty() {
            return regionsAdded.isEmpty()
                    && regionsRemoved.isEmpty()
                    && answers.isEmpty()
                    && scores.isEmpty()
                    && ranks.isEmpty();
        }
    }

    private ReleaseDiff() {}

    public static Diff between(ReleaseContent from, ReleaseContent to) {
        List<String> fromRegions =
                from.regions().stream().map(ReleaseContent.Region::code).toList();
        List<String> toRegions =
                to.regions().stream().map(ReleaseContent.Region::code).toList();
        List<String> added =
                toRegions.stream().filter(r -> !fromRegions.contains(r)).toList();
        List<String> removed =
                fromRegions.stream().filter(r -> !toRegions.contains(r)).toList();

        Map<String, ReleaseContent.Answer> before = new HashMap<>();
        from.answers().forEach(a -> before.put(a.region() + "/" + a.indicator(), a));
        List<AnswerChange> answers = new ArrayList<>();
        for (ReleaseContent.Answer answer : to.answers()) {
            if (fromRegions.contains(answer.region())) {
                ReleaseContent.Answer was = before.get(answer.region() + "/" + answer.indicator());
                if (was == null || !was.equals(answer)) {
                    String revised = was != null && !was.justification().equals(answer.justification())
                            ? ", justification revised"
                            : "";
                    answers.add(new AnswerChange(
                            answer.region(), answer.indicator(), describe(was), describe(answer) + revised));
                }
            }
        }
        Map<String, BigDecimal> scoreBefore = new HashMap<>();
        from.scores().forEach(s -> scoreBefore.put(s.region() + "/" + s.axis() + "/" + s.category(), s.value()));
        List<ScoreChange> scores = new ArrayList<>();
        for (ReleaseContent.Score score : to.scores()) {
            String key = score.region() + "/" + score.axis() + "/" + score.category();
            if (fromRegions.contains(score.region()) && !sameNumber(scoreBefore.get(key), score.value())) {
                scores.add(new ScoreChange(
                        score.region(), score.axis(), score.category(), scoreBefore.get(key), score.value()));
            }
        }
        Map<String, Integer> ranksBefore = ranks(from);
        Map<String, Integer> ranksAfter = ranks(to);
        List<RankChange> ranks = new ArrayList<>();
        for (String region : toRegions) {
            if (fromRegions.contains(region) && !Objects.equals(ranksBefore.get(region), ranksAfter.get(region))) {
                ranks.add(new RankChange(region, ranksBefore.get(region), ranksAfter.get(region)));
            }
        }
        return new Diff(from.header().version(), to.header().version(), added, removed, answers, scores, ranks);
    }

    public static Map<String, Integer> ranks(ReleaseContent content) {
        Map<String, Scoring.RegionScores> overall = new LinkedHashMap<>();
        content.scores().stream()
                .filter(ReleaseContent.Score::isOverall)
                .forEach(s -> overall.put(
                        s.region(),
                        new Scoring.RegionScores(
                                s.region(), Map.of(), new Scoring.Score(s.value(), s.answered(), s.total()))));
        return Scoring.ranks(new ArrayList<>(overall.values()));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String describe(ReleaseContent.Answer answer) {
        if (answer == null) {
            return "no answer";
        }
        String choice = answer.notApplicable()
                ? "not applicable"
                : answer.optionCode() == null ? "no option" : answer.optionCode() + " (" + answer.score() + ")";
        return choice + ", " + answer.sources().size() + " source"
                + (answer.sources().size() == 1 ? "" : "s");
    }

    /** A correction release's changelog, in plain lines. */
    public static String changelog(Diff diff) {
        StringBuilder text = new StringBuilder("Release " + diff.to() + " corrects " + diff.from() + ".\n");
        if (diff.isEmpty()) {
            return text.append("No answer, score or rank changed.\n").toString();
        }
        diff.regionsAdded().forEach(r -> text.append("Region added: ").append(r).append('\n'));
        diff.regionsRemoved()
                .forEach(r -> text.append("Region removed: ").append(r).append('\n'));
        diff.answers()
                .forEach(a -> text.append("Answer ")
                        .append(a.region())
                        .append(' ')
                        .append(a.indicator())
                        .append(": ")
                        .append(a.before())
                        .append(" -> ")
                        .append(a.after())
                        .append('\n'));
        diff.scores()
                .forEach(s -> text.append("Score ")
                        .append(s.region())
                        .append(' ')
                        .append(s.axis().isEmpty() ? "overall" : s.axis() + "/" + s.category())
                        .append(": ")
                        .append(s.before() == null ? "none" : s.before())
                        .append(" -> ")
                        .append(s.after() == null ? "none" : s.after())
                        .append('\n'));
        diff.ranks()
                .forEach(r -> text.append("Rank ")
                        .append(r.region())
                        .append(": ")
                        .append(r.before() == null ? "none" : r.before())
                        .append(" -> ")
                        .append(r.after() == null ? "none" : r.after())
                        .append('\n'));
        return text.toString();
    }
}
