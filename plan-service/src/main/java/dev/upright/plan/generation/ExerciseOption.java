package dev.upright.plan.generation;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One exercise the generator may choose, as plain values. Codes (category, movement, difficulty,
 * equipment, muscles) are the catalogue's, e.g. category {@code posture}, movement {@code row}.
 */
public record ExerciseOption(
        UUID id,
        String slug,
        String name,
        String category,
        String movement,
        String difficulty,
        Set<String> equipment,
        Set<String> primaryMuscles,
        Set<String> secondaryMuscles,
        Dose dose,
        UUID easierId,
        UUID harderId,
        boolean global) {

    public ExerciseOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(movement, "movement");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(dose, "dose");
        equipment = Set.copyOf(equipment);
        primaryMuscles = Set.copyOf(primaryMuscles);
        secondaryMuscles = Set.copyOf(secondaryMuscles);
    }

    public boolean isRow() {
        return Categories.ROW_MOVEMENT.equals(movement);
    }

    public boolean isStaticStretch() {
        return Categories.STRETCH.equals(category) || Categories.STATIC_STRETCH_MOVEMENT.equals(movement);
    }
}
