package dev.upright.catalog.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.upright.catalog.service.ExerciseService;

public record NewExerciseRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String category,
        @NotBlank String movement,
        @NotBlank String difficulty,
        List<@NotBlank String> equipment) {

    ExerciseService.NewExercise toCommand() {
        return new ExerciseService.NewExercise(name, category, movement, difficulty, equipment);
    }
}
