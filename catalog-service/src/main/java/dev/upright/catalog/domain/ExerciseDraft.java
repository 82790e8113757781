package dev.upright.catalog.domain;

import java.util.List;
import java.util.UUID;

/** Everything a writer supplies about an exercise; checked by {@link ExerciseChecks} before anything is stored. */
public record ExerciseDraft(
        String name,
        String category,
        String movement,
        String difficulty,
        List<String> primaryMuscles,
        List<String> secondaryMuscles,
        List<String> equipment,
        List<String> instructions,
        List<String> cues,
        List<String> cautions,
        Dose dose,
        UUID easierId,
        UUID harderId) {

    public ExerciseDraft {
        primaryMuscles = orEmpty(primaryMuscles);
        secondaryMuscles = orEmpty(secondaryMuscles);
        equipment = equipment == null || equipment.isEmpty() ? List.of(Equipment.NONE) : equipment;
        instructions = orEmpty(instructions);
        cues = orEmpty(cues);
        cautions = orEmpty(cautions);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
