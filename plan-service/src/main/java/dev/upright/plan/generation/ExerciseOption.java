package dev.upright.plan.generation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One exercise the generator may choose, as plain values. Codes (category, movement, difficulty,
 * equipment, muscles) are the catalogue's, e.g. category {@code posture}, movement {@code row}.
 *
 * @param equipment what the first (preferred) setup needs
 * @param setups    every way to do it, in the catalogue's order of preference; never empty
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
        boolean global,
        List<Setup> setups) {

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
        setups = setups == null || setups.isEmpty() ? List.of(new Setup(equipment, null)) : List.copyOf(setups);
    }

    /** An exercise done one way only, with {@code equipment}. */
    public ExerciseOption(UUID id, String slug, String name, String category, String movement, String difficulty,
            Set<String> equipment, Set<String> primaryMuscles, Set<String> secondaryMuscles, Dose dose, UUID easierId,
            UUID harderId, boolean global) {
        this(id, slug, name, category, movement, difficulty, equipment, primaryMuscles, secondaryMuscles, dose,
                easierId, harderId, global, null);
    }

    public boolean isRow() {
        return Categories.ROW_MOVEMENT.equals(movement);
    }

    public boolean isStaticStretch() {
        return Categories.STRETCH.equals(category) || Categories.STATIC_STRETCH_MOVEMENT.equals(movement);
    }
}
