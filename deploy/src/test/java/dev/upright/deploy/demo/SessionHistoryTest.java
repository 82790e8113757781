package dev.upright.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.upright.deploy.api.SessionBody.Pain;
import dev.upright.deploy.demo.DemoCaseload.Adherence;
import dev.upright.deploy.demo.DemoCaseload.PainStory;
import dev.upright.deploy.demo.SessionHistory.Visit;

class SessionHistoryTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void shouldTellTheSameHistoryForTheSameSeed() {
        assertThat(visits(Adherence.FAIR, 3, 7)).isEqualTo(visits(Adherence.FAIR, 3, 7));
    }

    @Test
    void shouldKeepMostSessionsOfASteadyClientAndFewOfAPatchyOne() {
        int slots = 3 * SessionHistory.DAYS / 7 + 1;
        assertThat(visits(Adherence.STEADY, 3, 1)).hasSizeGreaterThanOrEqualTo(slots * 3 / 4);
        assertThat(visits(Adherence.PATCHY, 3, 1).size()).isLessThan(visits(Adherence.STEADY, 3, 1).size());
    }

    @Test
    void shouldLogNothingRecentForAClientWhoStopped() {
        assertThat(visits(Adherence.STOPPED, 3, 5)).isNotEmpty()
                .allSatisfy(v -> assertThat(v.performedAt()).isBefore(NOW.minus(Duration.ofDays(14))));
    }

    @Test
    void shouldDateEverySessionInThePastInOrder() {
        List<Visit> visits = visits(Adherence.STEADY, 3, 2);
        assertThat(visits).allSatisfy(v -> assertThat(v.performedAt()).isBefore(NOW));
        assertThat(visits).isSortedAccordingTo((a, b) -> a.performedAt().compareTo(b.performedAt()));
    }

    @Test
    void shouldRisePainByTwoPointsOnlyAtTheEndOfARisingStory() {
        List<Visit> visits = visits(Adherence.STEADY, 3, 3);
        List<Integer> occurrences = IntStream.range(0, visits.size()).filter(i -> i % 2 == 0).boxed().toList();
        Map<Integer, Pain> pain = SessionHistory.storyPain(PainStory.RISING, occurrences, visits, "neck");
        List<Integer> scores = occurrences.stream().map(i -> pain.containsKey(i) ? pain.get(i).score() : 0).toList();
        assertThat(scores.getLast()).isEqualTo(4);
        List<Integer> rises = new ArrayList<>();
        for (int k = 1; k < scores.size(); k++) rises.add(scores.get(k) - scores.get(k - 1));
        assertThat(rises.stream().filter(r -> r >= 2)).containsExactly(2);
        assertThat(rises.getLast()).isEqualTo(2);
    }

    @Test
    void shouldReportOneSharpPainInTheLastThird() {
        List<Visit> visits = visits(Adherence.STEADY, 3, 4);
        List<Integer> occurrences = IntStream.range(0, visits.size()).boxed().toList();
        Map<Integer, Pain> pain = SessionHistory.storyPain(PainStory.SHARP, occurrences, visits, "right shoulder");
        assertThat(pain).hasSize(1);
        var sharp = pain.entrySet().iterator().next();
        assertThat(sharp.getValue().kind()).isEqualTo("sharp");
        assertThat(visits.get(sharp.getKey()).progress()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void shouldNeverRiseByTwoPointsOnCalmExercises() {
        var random = new SplittableRandom(11);
        Integer previous = null;
        for (int i = 0; i < 2000; i++) {
            Pain pain = SessionHistory.calm(previous, random);
            int score = pain == null ? 0 : pain.score();
            assertThat(score).isBetween(0, 2);
            if (previous != null) assertThat(score - previous).isLessThan(2);
            previous = score;
        }
    }

    private static List<Visit> visits(Adherence adherence, int perWeek, long seed) {
        return SessionHistory.visits(adherence, perWeek, NOW, new SplittableRandom(seed));
    }
}
