package dev.upright.plan.generation;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One exercise in a block, with its dose, the setup the client does it with (null when not known, as for
 * plans stored before setups existed) and the reasons it was chosen.
 */
public record Prescription(UUID exerciseId, String slug, String name, Block block, Dose dose, List<Reason> reasons,
        Setup setup) {

    public Prescription {
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(dose, "dose");
        reasons = List.copyOf(reasons);
    }

    public Prescription(UUID exerciseId, String slug, String name, Block block, Dose dose, List<Reason> reasons) {
        this(exerciseId, slug, name, block, dose, reasons, null);
    }

    public Prescription withDose(Dose newDose, List<Reason> newReasons) {
        return new Prescription(exerciseId, slug, name, block, newDose, newReasons, setup);
    }
}
