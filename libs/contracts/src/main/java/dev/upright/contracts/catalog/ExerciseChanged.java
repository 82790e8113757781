package dev.upright.contracts.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Full snapshot of an exercise after a change. Consumers keep the newest version per exercise id,
 * so a compacted topic of these snapshots is enough to rebuild any read model from scratch.
 * <p>
 * Fields are only ever added (at the end), never renamed or removed, so the type stays {@value #TYPE}:
 * a consumer reading an older snapshot sees null for the newer fields, and an older consumer ignores them.
 *
 * @param tenantId         owning clinic, or {@code null} for the global catalogue
 * @param version          increases with every change; consumers ignore snapshots older than what they hold
 * @param primaryMuscles   muscle codes the exercise mainly works (added after the first release)
 * @param secondaryMuscles muscle codes it works as helpers
 * @param dose             default amount; null when none is set
 * @param easierId         the easier variation in its progression chain, if any
 * @param harderId         the harder variation, if any
 * @param setups           the ways the exercise can be done, in the catalogue's order of preference; the first is
 *                         {@code equipment}. Null in snapshots from before setups existed: read that as one setup,
 *                         {@code equipment}
 */
public record ExerciseChanged(
        UUID exerciseId,
        String tenantId,
        Change change,
        long version,
        String slug,
        String name,
        String category,
        String movement,
        String difficulty,
        List<String> equipment,
        boolean retired,
        Instant changedAt,
        List<String> primaryMuscles,
        List<String> secondaryMuscles,
        List<String> instructions,
        List<String> cues,
        List<String> cautions,
        Dose dose,
        UUID easierId,
        UUID harderId,
        List<Setup> setups) {

    public static final String TYPE = "catalog.exercise-changed.v1";

    public enum Change {
        CREATED, UPDATED, RETIRED
    }

    /**
     * One way to do the exercise: every item of {@code equipment} is needed ({@code none} for bodyweight), and
     * {@code note} says how, when it is not obvious (e.g. "one hand and knee on a sturdy chair").
     */
    public record Setup(List<String> equipment, String note) {
    }

    /** Sets of reps or seconds, holds of some seconds repeated, or minutes; parts that do not apply are null. */
    public record Dose(Integer sets, Integer reps, Integer seconds, Integer holdSeconds, Integer repetitions,
            BigDecimal minutes) {
    }
}
