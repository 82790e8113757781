package dev.upright.deploy.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.upright.deploy.api.SessionBody.Pain;
import dev.upright.deploy.demo.DemoCaseload.Adherence;
import dev.upright.deploy.demo.DemoCaseload.PainStory;

/**
 * When a demo client trained over the last weeks and what they reported. Pure and driven by a seeded random, so
 * the demo tells the same story on every first start, only moved to the current dates.
 */
final class SessionHistory {

    /** How far back the history starts: nearly four weeks, so the charts have a few weeks to show. */
    static final int DAYS = 26;

    /** A planned session done on a day: {@code progress} runs from 0 (the first day) to 1 (today). */
    record Visit(Instant performedAt, double progress, boolean partial, int rpe) {
    }

    private SessionHistory() {
    }

    /** The sessions done: one slot per prescribed session, kept or missed as the client's adherence has it. */
    static List<Visit> visits(Adherence adherence, int sessionsPerWeek, Instant now, SplittableRandom random) {
        List<Visit> visits = new ArrayList<>();
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        double every = 7.0 / sessionsPerWeek;
        for (double daysAgo = DAYS; daysAgo >= 0; daysAgo -= every) {
            double progress = 1 - daysAgo / DAYS;
            boolean stoppedByNow = adherence == Adherence.STOPPED && progress > 0.4;
            boolean attended = random.nextDouble() < adherence.attendance;
            // Morning to early evening, UTC; drawn for every slot, so a missed one does not shift the others
            Instant at = today.minus(Duration.ofDays(Math.round(daysAgo)))
                    .plus(Duration.ofMinutes(7 * 60 + random.nextInt(12 * 60)));
            boolean partial = random.nextDouble() < adherence.partial;
            int rpe = 5 + random.nextInt(3);
            if (stoppedByNow || !attended || at.isAfter(now.minus(Duration.ofHours(1)))) continue;
            visits.add(new Visit(at, progress, partial, rpe));
        }
        return visits;
    }

    /**
     * The pain of the story's exercise at each visit where it was logged ({@code occurrences}: visit indices, in
     * order), keyed by visit index; a visit missing from the answer reports no pain there. A SHARP story's
     * exercise is paused after the sharp report, so it has no later occurrences the client could log.
     */
    static Map<Integer, Pain> storyPain(PainStory story, List<Integer> occurrences, List<Visit> visits, String where) {
        Map<Integer, Pain> pain = new HashMap<>();
        int n = occurrences.size();
        switch (story) {
            case CALM -> { }
            case RISING -> {
                // 0, ..., 1, 1, 2, then 4: only the last step rises by two points, the clinic's default for an alert
                for (int k = 0; k < n; k++) {
                    int fromEnd = n - 1 - k;
                    Pain p = fromEnd == 0 && n > 1 ? new Pain(4, null, where)
                            : fromEnd <= 1 ? new Pain(2, null, where)
                            : fromEnd == 2 || k >= n / 2 ? new Pain(1, "mild-tension", where) : null;
                    if (p != null) pain.put(occurrences.get(k), p);
                }
            }
            case SHARP -> {
                if (n > 0) pain.put(sharpVisit(occurrences, visits), new Pain(6, "sharp", where));
            }
        }
        return pain;
    }

    /** About a week ago: the first occurrence in the last third of the history, or the last one there is. */
    static int sharpVisit(List<Integer> occurrences, List<Visit> visits) {
        return occurrences.stream().filter(i -> visits.get(i).progress() >= 0.7).findFirst()
                .orElse(occurrences.getLast());
    }

    /** Pain on any other exercise: mostly none, sometimes mild tension, never a rise an alert would take for a trend. */
    static Pain calm(Integer previous, SplittableRandom random) {
        double draw = random.nextDouble();
        int score = draw < 0.8 ? 0 : draw < 0.95 || previous == null || previous == 0 ? 1 : 2;
        return score == 0 ? null : new Pain(score, "mild-tension", null);
    }
}
