package dev.upright.plan.generation;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One exercise in a block, with its dose and the reasons it was chosen. */
public record Prescription(UUID exerciseId, String slug, String name, Block block, Dose dose, List<Reason> reasons) {
    public Prescription {
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(dose, "dose");
        reasons = List.copyOf(reasons);
    }
}
