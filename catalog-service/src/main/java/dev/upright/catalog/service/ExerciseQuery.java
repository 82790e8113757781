package dev.upright.catalog.service;

import java.util.List;

/** A catalogue search: every filter is optional; {@code equipment} lists what the client has. */
public record ExerciseQuery(String text, String category, List<String> muscles, List<String> equipment,
        String difficulty, String movement, int page, int size) {

    public ExerciseQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        muscles = muscles == null ? List.of() : List.copyOf(muscles);
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
    }
}
