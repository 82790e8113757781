package dev.upright.catalog.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything a writer supplies about an exercise; checked by {@link ExerciseChecks} before anything is stored.
 * {@code setups} is null when the writer gave none (older clients send only {@code equipment}); {@code equipment}
 * left out is taken from the first setup, or is bodyweight when there are no setups either.
 */
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
        UUID harderId,
        List<Setup> setups) {

    public ExerciseDraft {
        primaryMuscles = orEmpty(primaryMuscles);
        secondaryMuscles = orEmpty(secondaryMuscles);
        if (equipment == null || equipment.isEmpty()) {
            equipment = firstEquipment(setups).orElse(List.of(Equipment.NONE));
        }
        instructions = orEmpty(instructions);
        cues = orEmpty(cues);
        cautions = orEmpty(cautions);
    }

    /** The setups to store: those given, or else the one setup {@code equipment}. */
    public List<Setup> setupsOrEquipment() {
        return setups == null ? List.of(new Setup(equipment, null)) : setups;
    }

    private static Optional<List<String>> firstEquipment(List<Setup> setups) {
        return setups == null || setups.isEmpty() || setups.getFirst() == null || setups.getFirst().equipment().isEmpty()
                ? Optional.empty()
                : Optional.of(setups.getFirst().equipment());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
