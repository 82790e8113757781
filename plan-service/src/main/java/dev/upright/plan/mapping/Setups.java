package dev.upright.plan.mapping;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.Eligibility;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.Setup;

/** Which of its setups each prescription is done with, where a therapist's edit or a progression step left it open. */
public final class Setups {

    private Setups() {
    }

    /** Rows without a setup get the first one the client can use, or the catalogue's preferred one when none fits. */
    public static void fillIn(List<PlanExercise> rows, ClientProfile profile, Catalogue catalogue) {
        for (PlanExercise row : rows) {
            if (row.setupEquipment == null) {
                catalogue.find(row.exerciseId).ifPresent(option -> row.setSetup(Eligibility.setupOrPreferred(option, profile)));
            }
        }
    }

    /** The option's setup with exactly this equipment, if it has one. */
    public static Optional<Setup> named(ExerciseOption option, List<String> equipment) {
        Set<String> wanted = Set.copyOf(equipment);
        return option.setups().stream().filter(s -> s.equipment().equals(wanted)).findFirst();
    }

    public static String describe(ExerciseOption option) {
        return String.join(" | ", option.setups().stream()
                .map(s -> String.join(" + ", new java.util.TreeSet<>(s.equipment()))).toList());
    }
}
