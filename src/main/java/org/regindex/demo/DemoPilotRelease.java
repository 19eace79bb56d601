package org.regindex.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.regindex.codebook.control.Cycles;
import org.regindex.codebook.entity.AnswerOption;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Indicator;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.entity.Actor;
import org.regindex.questionnaire.control.Answers;
import org.regindex.questionnaire.control.QuestionnaireMoves;
import org.regindex.questionnaire.control.Questionnaires;
import org.regindex.questionnaire.entity.Answer;
import org.regindex.questionnaire.entity.AnswerContent;
import org.regindex.questionnaire.entity.Confidence;
import org.regindex.questionnaire.entity.Facts;
import org.regindex.questionnaire.entity.Questionnaire;
import org.regindex.questionnaire.entity.Source;
import org.regindex.questionnaire.entity.Transition;
import org.regindex.release.control.Crediting;
import org.regindex.release.control.Freezing;
import org.regindex.release.entity.Release;

/**
 * Demo data only: a closed "Pilot round 2025" in which every region answered the reference codebook,
 * taken through the real workflow and published as release 1.0, so that the public explorer has
 * something to show and the experts of the demo round have last round's answers to copy. The answers
 * are illustrative (made up, reproducibly), and say so in every justification and source.
 */
@ApplicationScoped
public class DemoPilotRelease {

    static final String CYCLE = "pilot-2025";
    private static final List<Transition> TO_APPROVED =
            List.of(Transition.START, Transition.SUBMIT, Transition.ACCEPT, Transition.APPROVE);

    @Inject
    Cycles cycles;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Answers answers;

    @Inject
    QuestionnaireMoves moves;

    @Inject
    Freezing freezing;

    @Inject
    Crediting crediting;

    @Inject
    Clock clock;

    @Transactional
    @ActivateRequestContext
    public Release publish(Codebook codebook, List<Region> regions) {
        Cycle cycle = new Cycle(
                CYCLE, "Pilot round 2025", codebook, LocalDate.now(clock).minusMonths(2));
        regions.forEach(cycle::include);
        cycles.add(cycle);
        for (Region region : regions) {
            Questionnaire questionnaire = questionnaires.obtain(cycle, region);
            Random random = new Random(region.code().hashCode());
            double leaning = 0.2 + 0.65 * random.nextDouble(); // how far this region tends towards the higher options
            for (Indicator indicator : codebook.indicators()) {
                Answer answer = new Answer(questionnaire, indicator);
                answer.revise(answerOf(indicator, region, leaning, random), Actor.SYSTEM.username(), clock.instant());
                answers.add(answer);
            }
            for (Transition step : TO_APPROVED) {
                moves.move(questionnaire, step, Facts.of(Set.of(step.capacity())), Actor.SYSTEM);
            }
        }
        answers.flush();
        cycle.close();
        Release release = freezing.freeze(
                Actor.SYSTEM,
                cycle,
                regions.stream().map(Region::code).collect(Collectors.toSet()),
                "Pilot round 2025 (illustrative demo data)",
                "Demo data: every answer of this release is made up to show what Regindex does. Do not cite it.",
                crediting.defaultLicence());
        return freezing.publish(Actor.SYSTEM, release.version());
    }

    static AnswerContent answerOf(Indicator indicator, Region region, double leaning, Random random) {
        if (indicator.notApplicableAllowed() && random.nextInt(20) == 0) {
            return new AnswerContent(
                    null,
                    true,
                    "Illustrative: the region has no competence for this measure.",
                    "Illustrative demo answer. In " + region.name() + " this is decided by the national government.",
                    List.of(plan(region)),
                    "");
        }
        List<AnswerOption> options = new ArrayList<>(indicator.options());
        options.sort(Comparator.comparingInt(AnswerOption::score));
        int position = (int) Math.round(leaning * (options.size() - 1) + random.nextGaussian() * 0.8);
        AnswerOption option = options.get(Math.max(0, Math.min(options.size() - 1, position)));
        String evidence = option.score() >= 67
                ? "provides for this in full, and the 2025 monitoring report confirms it is funded"
                : option.score() > 0
                        ? "provides for this in part; the 2025 monitoring report notes gaps"
                        : "does not provide for this, nor does any other regional measure we found";
        List<Source> sources = option.score() > 0
                ? List.of(
                        plan(region),
                        new Source(
                                "Monitoring report 2025 (illustrative)",
                                "https://example.org/regindex-demo/" + region.code() + "/monitoring-2025"))
                : List.of(plan(region));
        return new AnswerContent(
                option.code(),
                false,
                "",
                "Illustrative demo answer. The regional integration plan of " + region.name() + " " + evidence + ".",
                sources,
                "",
                confidenceOf(indicator, region));
    }

    /** Mostly sure, a few answers unsure; from the codes, so the random answers stay what they were. */
    static Confidence confidenceOf(Indicator indicator, Region region) {
        int bucket = Math.floorMod((region.code() + "/" + indicator.code()).hashCode(), 10);
        return bucket < 2 ? Confidence.LOW : bucket < 5 ? Confidence.MEDIUM : Confidence.HIGH;
    }

    private static Source plan(Region region) {
        return new Source(
                region.name() + ": regional integration plan 2024 (illustrative)",
                "https://example.org/regindex-demo/" + region.code() + "/plan-2024");
    }
}
