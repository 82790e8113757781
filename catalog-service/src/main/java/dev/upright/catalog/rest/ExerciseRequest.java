package dev.upright.catalog.rest;

import java.util.List;
import java.util.UUID;

import dev.upright.catalog.domain.Dose;
import dev.upright.catalog.domain.ExerciseDraft;
import dev.upright.catalog.domain.Setup;

/**
 * Body of POST and PUT: the whole exercise as the clinic wants it. Checked as a whole by the service,
 * so one answer names every bad field. {@code setups} is optional: without it the exercise has one setup,
 * {@code equipment}; with it {@code equipment} may be left out (it is the first setup's).
 */
public record ExerciseRequest(String name, String category, String movement, String difficulty,
        List<String> primaryMuscles, List<String> secondaryMuscles, List<String> equipment, List<String> instructions,
        List<String> cues, List<String> cautions, Dose dose, UUID easierId, UUID harderId, List<Setup> setups) {

    ExerciseDraft toDraft() {
        return new ExerciseDraft(name, category, movement, difficulty, primaryMuscles, secondaryMuscles, equipment,
                instructions, cues, cautions, dose, easierId, harderId, setups);
    }
}
