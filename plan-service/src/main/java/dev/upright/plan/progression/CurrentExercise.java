package dev.upright.plan.progression;

import java.time.Instant;
import java.util.Objects;

import dev.upright.plan.generation.Dose;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.Setup;

/**
 * One exercise as it stands in a client's plan.
 *
 * @param heavierLoadTaken whether the heavier-load step was already taken on this variation; the dose
 *                         alone cannot tell (a band's resistance is not in it), so the caller keeps it
 * @param lastChangedAt    when this exercise's dose or variation last changed (or it was prescribed)
 * @param setup            what the client does it with; null when the plan does not say (the preferred setup counts)
 */
public record CurrentExercise(ExerciseOption option, Dose dose, boolean heavierLoadTaken, Instant lastChangedAt, Setup setup) {
    public CurrentExercise {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(lastChangedAt, "lastChangedAt");
        if (setup == null) setup = option.setups().getFirst();
    }

    public CurrentExercise(ExerciseOption option, Dose dose, boolean heavierLoadTaken, Instant lastChangedAt) {
        this(option, dose, heavierLoadTaken, lastChangedAt, null);
    }
}
