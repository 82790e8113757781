package dev.upright.plan.progression;

import java.time.Instant;
import java.util.Objects;

import dev.upright.plan.generation.Dose;
import dev.upright.plan.generation.ExerciseOption;

/**
 * One exercise as it stands in a client's plan.
 *
 * @param heavierLoadTaken whether the heavier-load step was already taken on this variation; the dose
 *                         alone cannot tell (a band's resistance is not in it), so the caller keeps it
 * @param lastChangedAt    when this exercise's dose or variation last changed (or it was prescribed)
 */
public record CurrentExercise(ExerciseOption option, Dose dose, boolean heavierLoadTaken, Instant lastChangedAt) {
    public CurrentExercise {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(lastChangedAt, "lastChangedAt");
    }
}
