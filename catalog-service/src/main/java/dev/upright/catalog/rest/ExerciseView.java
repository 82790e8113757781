package dev.upright.catalog.rest;

import java.util.List;
import java.util.UUID;

import dev.upright.catalog.domain.Dose;
import dev.upright.catalog.domain.Exercise;
import dev.upright.catalog.domain.MuscleWork;
import dev.upright.catalog.domain.Setup;

/** An exercise as the API shows it; {@code setups} keep their order of preference, codes sorted within each. */
public record ExerciseView(UUID id, String slug, String name, String category, String movement, String difficulty,
        List<String> primaryMuscles, List<String> secondaryMuscles, List<String> equipment, List<Setup> setups,
        List<String> instructions, List<String> cues, List<String> cautions, Dose dose, UUID easierId,
        UUID harderId, boolean global, boolean retired, long version) {

    public static ExerciseView of(Exercise e) {
        return new ExerciseView(e.id, e.slug, e.name, e.category, e.movement, e.difficulty,
                e.musclesIn(MuscleWork.PRIMARY), e.musclesIn(MuscleWork.SECONDARY), e.equipment.stream().sorted().toList(),
                List.copyOf(e.setups), List.of(e.instructions), List.of(e.cues), List.of(e.cautions), e.dose,
                e.easierId, e.harderId, e.isGlobal(), e.retired, e.version);
    }
}
