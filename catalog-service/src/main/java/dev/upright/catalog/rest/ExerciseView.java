package dev.upright.catalog.rest;

import java.util.List;
import java.util.UUID;

import dev.upright.catalog.domain.Exercise;

public record ExerciseView(UUID id, String slug, String name, String category, String movement, String difficulty,
        List<String> equipment, boolean global, boolean retired, long version) {

    public static ExerciseView of(Exercise exercise) {
        return new ExerciseView(exercise.id, exercise.slug, exercise.name, exercise.category, exercise.movement,
                exercise.difficulty, List.of(exercise.equipment), exercise.tenantId == null, exercise.retired,
                exercise.version);
    }
}
